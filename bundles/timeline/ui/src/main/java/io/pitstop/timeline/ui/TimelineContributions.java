package io.pitstop.timeline.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import io.pitstop.timeline.api.CommentService;
import io.pitstop.timeline.api.Timeline;
import io.pitstop.timeline.api.TimelineQuery;
import io.pitstop.ui.api.Contribution;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Texts;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/**
 * The timeline tab «История работы» ({@code <type>-tab-timeline}) and the comments tab «Комментарии»
 * ({@code <type>-tab-comments}) on contact, account and task cards, and the dashboard card of the user's own recent
 * actions ({@code dashboard-card-recent-events}). Each is a service only while the timeline's services run.
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

    /** The timeline tab; one class per record type, because a DS component names its service properties once. */
    abstract static class TimelineTab implements RecordTab, Ours {
        // not private: SCR injects the fields of a superclass only when the component class may access them
        @Reference
        protected Timeline timeline;

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

    abstract static class CommentsTab implements RecordTab, Ours {
        @Reference
        protected CommentService comments;

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

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class ContactTimeline extends TimelineTab {
        @Override
        public String recordType() {
            return "contact";
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class AccountTimeline extends TimelineTab {
        @Override
        public String recordType() {
            return "account";
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class TaskTimeline extends TimelineTab {
        @Override
        public String recordType() {
            return "task";
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class ContactComments extends CommentsTab {
        @Override
        public String recordType() {
            return "contact";
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class AccountComments extends CommentsTab {
        @Override
        public String recordType() {
            return "account";
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTab.class)
    public static class TaskComments extends CommentsTab {
        @Override
        public String recordType() {
            return "task";
        }
    }

    /**
     * «Недавние события по моим клиентам»: until contacts know their responsible staff, the user's own recent actions
     * (what they did, on any record), which is what "my clients" narrows to for a manager who works them.
     */
    @org.osgi.service.component.annotations.Component(service = DashboardCard.class)
    public static class RecentEvents implements DashboardCard, Ours {
        @Reference
        private Timeline timeline;

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
            return new TimelinePanel(timeline, new TimelineQuery(null, null, io.pitstop.ui.api.Ui.actor().name()), false);
        }
    }
}
