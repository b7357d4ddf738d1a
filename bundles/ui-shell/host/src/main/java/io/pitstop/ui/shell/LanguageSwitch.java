package io.pitstop.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import io.pitstop.ui.api.Ui;
import java.util.Locale;

/**
 * RU / EN buttons ({@code lang-ru}, {@code lang-en}). The choice is kept in
 * the session and the page reloads, so that every view, label, number and
 * date is drawn again in the new language.
 */
public class LanguageSwitch extends HorizontalLayout {
    private static final long serialVersionUID = 1L;

    public LanguageSwitch() {
        setSpacing(false);
        setId("lang-switch");
        Locale current = Ui.locale();
        for (Locale locale : Ui.LOCALES) {
            Button b = new Button(locale.getLanguage().toUpperCase(Locale.ROOT), e -> choose(locale));
            b.setId("lang-" + locale.getLanguage());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    locale.equals(current) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("aria-pressed", Boolean.toString(locale.equals(current)));
            add(b);
        }
    }

    private static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(Locale.class, locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
