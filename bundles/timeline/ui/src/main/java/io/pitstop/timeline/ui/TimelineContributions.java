package io.pitstop.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.timeline.api.CommentService;
import io.pitstop.timeline.api.Timeline;
import io.pitstop.timeline.api.TimelineQuery;
import io.pitstop.ui.api.Contribution;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Texts;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The timeline tab «История работы» ({@code <type>-tab-timeline}) and the comments tab «Комментарии»
 * ({@code <type>-tab-comments}) on contact, account and task cards, and the dashboard card of recent events on the
 * user's clients ({@code dashboard-card-recent-events}). Each is a service only while the timeline's services run.
 */
final class TimelineContributions {
    /** The roles that read the cards these tabs hang on. */
    static final Set<String> READERS = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT);

    private TimelineContributions() {
    }

    interface Ours extends Contribution {
        @Override
        default Texts texts() {
            return TimelineTexts.TEXTS;
        }

        @Override
        default Set<String> requiredRoles() {
            return READERS;
        }
    }

    /** The record types whose cards carry the timeline and comments tabs. */
    static final Set<String> CARDS = Set.of("contact", "account", "task");

    /** The timeline tab. */
    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class TimelineTab implements RecordTab, Ours {
        @Reference
        private Timeline timeline;

        @Override
        public Set<String> recordTypes() {
            return CARDS;
        }

        @Override
        public String id() {
            return "timeline";
        }

        @Override
        public String labelKey() {
            return "tab.timeline";
        }

        @Override
        public int order() {
            return 50;
        }

        @Override
        public Component create(RecordRef record) {
            return TimelinePanel.of(timeline, record);
        }
    }

    /** The comments tab. */
    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class CommentsTab implements RecordTab, Ours {
        @Reference
        private CommentService comments;

        @Override
        public Set<String> recordTypes() {
            return CARDS;
        }

        @Override
        public String id() {
            return "comments";
        }

        @Override
        public String labelKey() {
            return "tab.comments";
        }

        @Override
        public int order() {
            return 51;
        }

        @Override
        public Component create(RecordRef record) {
            return new CommentsPanel(comments, record);
        }
    }

    /**
     * «Недавние события по моим клиентам»: what happened on the contacts the user is responsible for (in any
     * business line, the first {@link TimelineQuery#MAX_ANY_OF}); a user with no clients of their own sees their
     * own recent actions instead, and the card says so.
     */
    @org.osgi.service.component.annotations.Component(service = DashboardCard.class)
    public static class RecentEvents implements DashboardCard, Ours {
        @Reference
        private Timeline timeline;

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile ContactService contacts;

        @Override
        public String id() {
            return "recent-events";
        }

        @Override
        public String labelKey() {
            return "card.recent";
        }

        @Override
        public Component create() {
            String me = io.pitstop.ui.api.Ui.actor().name();
            ContactService c = contacts;
            List<RecordRef> mine = c == null ? List.of() : c.find(new ContactQuery(null, null, null, null, me),
                    PageRequest.first(TimelineQuery.MAX_ANY_OF)).stream().map(contact -> contact.id().ref()).toList();
            if (!mine.isEmpty()) {
                return new TimelinePanel(timeline, TimelineQuery.onAnyOf(mine), false);
            }
            Span note = new Span(TimelineTexts.t("card.recent.own"));
            note.setId("recent-events-own");
            return new com.vaadin.flow.component.orderedlayout.VerticalLayout(note,
                    new TimelinePanel(timeline, new TimelineQuery(null, null, me), false));
        }
    }
}
