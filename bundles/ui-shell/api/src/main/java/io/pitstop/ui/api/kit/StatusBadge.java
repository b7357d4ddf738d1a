package io.pitstop.ui.api.kit;

import com.vaadin.flow.component.html.Span;

/**
 * A status as a coloured pill with its localised text; {@code data-status}
 * keeps the code, so tests and styles read it in any language. The colours
 * are Lumo's, whose text-on-tint pairs keep the contrast accessibility needs.
 */
public class StatusBadge extends Span {
    private static final long serialVersionUID = 1L;

    /** What a status means to the reader, which picks the colour. */
    public enum Tone {
        /** Working as it should: active, paid. */
        SUCCESS("success"),
        /** Needs attention soon: suspended, waiting. */
        WARNING("warning"),
        /** Stopped or refused: closed, blocked, overdue. */
        ERROR("error"),
        /** Neither good nor bad: archived, draft. */
        NEUTRAL("contrast"),
        /** Information: new, in progress. */
        INFO("primary");

        private final String lumo;

        Tone(String lumo) {
            this.lumo = lumo;
        }
    }

    public StatusBadge(String code, String text, Tone tone) {
        super(text);
        addClassName("pitstop-badge");
        getElement().setAttribute("data-status", code);
        getElement().setAttribute("data-tone", tone.name().toLowerCase(java.util.Locale.ROOT));
        String colour = tone == Tone.WARNING ? "var(--lumo-body-text-color)" : "var(--lumo-" + tone.lumo + "-text-color)";
        getStyle().set("display", "inline-block")
                .set("padding", "0.15em 0.7em")
                .set("border-radius", "var(--lumo-border-radius-l, 1em)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500")
                .set("line-height", "1.6")
                .set("white-space", "nowrap")
                .set("color", colour)
                .set("background", "var(--lumo-" + tone.lumo + "-color-10pct)");
    }

    /** This badge with an id, for a card header's status ({@code contact-status}). */
    public StatusBadge withId(String id) {
        setId(id);
        return this;
    }

    /** A badge with an id, for the card header's status. */
    public static StatusBadge of(String id, String code, String text, Tone tone) {
        StatusBadge badge = new StatusBadge(code, text, tone);
        badge.setId(id);
        return badge;
    }
}
