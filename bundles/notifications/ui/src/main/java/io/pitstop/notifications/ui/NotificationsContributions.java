package io.pitstop.notifications.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** The template editor and the journal, registered while the notification service runs. */
final class NotificationsContributions {
    private NotificationsContributions() {
    }

    abstract static class Base implements ViewContribution {
        @Reference
        Notifications notifications;

        @Override
        public Texts texts() {
            return NotificationsUi.TEXTS;
        }

        @Override
        public String icon() {
            return "ENVELOPE";
        }
    }

    /** {@code /notifications/templates}: administrators only. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Templates extends Base {
        @Override
        public String route() {
            return NotificationsUi.TEMPLATES;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return TemplatesView.class;
        }

        @Override
        public Component createView() {
            return new TemplatesView(notifications);
        }

        @Override
        public String labelKey() {
            return "menu.templates";
        }

        @Override
        public Set<String> requiredRoles() {
            return NotificationsUi.EDIT;
        }

        @Override
        public int order() {
            return 60;
        }
    }

    /** {@code /notifications/journal}: administrators, managers and support. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Journal extends Base {
        @Override
        public String route() {
            return NotificationsUi.JOURNAL;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return JournalView.class;
        }

        @Override
        public Component createView() {
            return new JournalView(notifications);
        }

        @Override
        public String labelKey() {
            return "menu.journal";
        }

        @Override
        public Set<String> requiredRoles() {
            return NotificationsUi.READ;
        }

        @Override
        public int order() {
            return 61;
        }
    }
}
