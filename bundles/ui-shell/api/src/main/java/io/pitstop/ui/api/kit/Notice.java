package io.pitstop.ui.api.kit;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A short neutral notice with a link: "saved; 1 similar contact — open it".
 * Neutral, because a save that went through is no error; at the bottom, so it
 * never covers a card's header and buttons; five seconds, long enough to
 * click. The text carries class {@code pitstop-notice} and {@code data-key}
 * like every notice, the link class {@code pitstop-notice-link}.
 */
public final class Notice {
    private Notice() {
    }

    public static Notification withLink(String key, String text, String linkText, String href) {
        Span content = new Span(text);
        content.addClassName("pitstop-notice");
        content.getElement().setAttribute("data-key", key);
        HorizontalLayout box = new HorizontalLayout(content);
        box.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        if (linkText != null && href != null) {
            Anchor link = new Anchor(href, linkText);
            link.addClassName("pitstop-notice-link");
            link.getElement().setAttribute("router-link", true);
            box.add(link);
        }
        Notification notification = new Notification(box);
        notification.setDuration(5000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.open();
        return notification;
    }
}
