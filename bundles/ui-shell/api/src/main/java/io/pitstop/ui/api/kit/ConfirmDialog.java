package io.pitstop.ui.api.kit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.pitstop.ui.api.Common;

/**
 * Asks before an action and states what it will do in numbers: one row per
 * fact ({@code Счёт: 40817…}, {@code Сумма: 1 500,00 ₽}) and changes as
 * {@code before → after} ({@code Баланс: 0,00 ₽ → 1 500,00 ₽}), so a person
 * confirms what they read, not a checkbox. Ids: the dialog {@code <id>}, each
 * row {@code <id>-<key>} (its value in {@code data-value}, a change also in
 * {@code data-before} / {@code data-after}), the buttons {@code <id>-ok} and
 * {@code <id>-cancel}. Ok disables itself on the first click, so a double
 * click acts once.
 */
public class ConfirmDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final Div rows = new Div();
    private final Paragraph text = new Paragraph();
    private final Button ok = new Button();
    private final Button cancel = new Button(Common.TEXTS.get("common.cancel"));

    public ConfirmDialog(String id, String title) {
        this.id = id;
        setId(id);
        setHeaderTitle(title);
        rows.addClassName("pitstop-confirm-rows");
        rows.getStyle().set("display", "grid").set("grid-template-columns", "max-content auto")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        text.setVisible(false);
        add(text, rows);
        ok.setId(id + "-ok");
        ok.setDisableOnClick(true);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setText(Common.TEXTS.get("common.confirm"));
        cancel.setId(id + "-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, ok);
    }

    /** A sentence above the figures, e.g. what cannot be undone. */
    public ConfirmDialog text(String sentence) {
        text.setText(sentence);
        text.setVisible(sentence != null && !sentence.isBlank());
        return this;
    }

    /** One fact: {@code label: value}. */
    public ConfirmDialog row(String key, String label, String value) {
        Span v = value(value);
        v.setId(id + "-" + key);
        v.getElement().setAttribute("data-value", value == null ? "" : value);
        rows.add(label(label), v);
        return this;
    }

    /** One change: {@code label: before → after}. */
    public ConfirmDialog change(String key, String label, String before, String after) {
        Span v = value((before == null ? "" : before) + " → " + (after == null ? "" : after));
        v.setId(id + "-" + key);
        v.getElement().setAttribute("data-before", before == null ? "" : before);
        v.getElement().setAttribute("data-after", after == null ? "" : after);
        rows.add(label(label), v);
        return this;
    }

    /** What the ok button says and does; {@code danger} colours it red for what cannot be taken back. */
    public ConfirmDialog onConfirm(String okText, boolean danger, Runnable action) {
        ok.setText(okText);
        ok.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        ok.addClickListener(e -> {
            close();
            action.run();
        });
        return this;
    }

    /** The ok button, e.g. to keep it disabled until a field is filled. */
    public Button okButton() {
        return ok;
    }

    private static Span label(String label) {
        Span l = new Span(label);
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return l;
    }

    private static Span value(String value) {
        Span v = new Span(value == null ? "" : value);
        v.getStyle().set("font-weight", "500").set("font-variant-numeric", "tabular-nums");
        return v;
    }
}
