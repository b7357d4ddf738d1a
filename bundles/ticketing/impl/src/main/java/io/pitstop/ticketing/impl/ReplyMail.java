package io.pitstop.ticketing.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.notifications.api.Category;
import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.EventField;
import io.pitstop.notifications.api.EventType;
import io.pitstop.notifications.api.EventTypeDeclaration;
import io.pitstop.notifications.api.NotificationChannel;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.notifications.api.Rule;
import io.pitstop.notifications.api.Schedule;
import io.pitstop.notifications.api.TemplateDraft;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Staff replies go out as the notification {@code ticket.reply}: this declares it and, once the e-mail channel runs,
 * gives it its templates (the reply's own subject and text, in Russian and English) and the rule that mails it to
 * the address the event names, unless an administrator made them already (their wording is kept).
 */
@Component(service = EventTypeDeclaration.class)
public class ReplyMail implements EventTypeDeclaration {
    static final String EVENT_TYPE = "ticket.reply";
    static final String RULE_NAME = "Ticket replies";

    @Override
    public EventType eventType() {
        return new EventType(EVENT_TYPE, Category.SERVICE, "Reply to a support ticket", List.of(
                EventField.text("number", "Ticket number", "1001"),
                EventField.text("subject", "Subject with the ticket reference", "Re: дисковое пространство + 5 гб [#1001]"),
                EventField.text("body", "The reply", "Добрый день! Пакет на 5 Гб добавлен.")));
    }

    /** Sets the templates and the rule up while the e-mail channel runs (templates are checked against it). */
    @Component(service = Setup.class, immediate = true)
    public static class Setup {
        @Reference
        private Notifications notifications;

        /** The declaration above, registered: a template of an undeclared type is refused. */
        @Reference(target = "(component.name=io.pitstop.ticketing.impl.ReplyMail)")
        private EventTypeDeclaration declaration;

        @Reference(target = "(component.name=io.pitstop.notifications.mail.MailChannel)")
        private NotificationChannel email;

        @Activate
        void activate() {
            Actor actor = Actor.system("ticketing");
            for (String language : List.of("ru", "en")) {
                if (notifications.templates(EVENT_TYPE).stream().noneMatch(t -> t.channel().equals(Channels.EMAIL)
                        && t.language().equals(language))) {
                    notifications.saveTemplate(actor, new TemplateDraft(EVENT_TYPE, Channels.EMAIL, language, "{subject}", "{body}"));
                }
            }
            if (notifications.rules(EVENT_TYPE).isEmpty()) {
                notifications.saveRule(actor, new Rule(null, RULE_NAME, EVENT_TYPE, List.of(Channels.EMAIL),
                        Schedule.atEvent(), null, true, false, List.of(), List.of(), List.of(), true));
            }
        }
    }
}
