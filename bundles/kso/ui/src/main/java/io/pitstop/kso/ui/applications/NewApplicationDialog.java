package io.pitstop.kso.ui.applications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.pitstop.core.api.PitstopException;
import io.pitstop.kso.api.applications.ApplicationDraft;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.CreditApplication;
import io.pitstop.kso.api.applications.OfferSnapshot;
import io.pitstop.ui.api.FieldProblems;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A new application from a calculation's terms: bank and programme, amount, down payment, rate, term and the monthly
 * payment, as the calculator gave them; the service checks the payment against the calculator when one runs.
 */
final class NewApplicationDialog extends Dialog {
    private final Texts t = ApplicationTexts.TEXTS;
    private final FieldProblems problems = new FieldProblems();

    NewApplicationDialog(ApplicationService applications, UUID contact, Consumer<CreditApplication> created) {
        setId("kso-application-dialog");
        setHeaderTitle(t.get("applications.new"));
        TextField bank = field("bank", "offer.bank");
        TextField programme = field("programme", "offer.programmeName");
        TextField amount = field("amount", "offer.amount");
        TextField down = field("downPayment", "offer.downPayment");
        TextField rate = field("rate", "offer.annualRatePercent");
        TextField term = field("term", "offer.termMonths");
        TextField payment = field("payment", "offer.monthlyPayment");
        add(new FormLayout(bank, programme, amount, down, rate, term, payment));
        Button save = new Button(t.get("applications.create"), e -> {
            problems.clear();
            try {
                OfferSnapshot offer = new OfferSnapshot(null, blankToNull(programme.getValue()), bank.getValue(),
                        number(rate, "offer.annualRatePercent"), whole(term), number(amount, "offer.amount"),
                        number(down, "offer.downPayment"), number(payment, "offer.monthlyPayment"), null, List.of());
                CreditApplication a = applications.create(Ui.actor(), new ApplicationDraft(contact, null, offer));
                close();
                created.accept(a);
            } catch (PitstopException ex) {
                List<String> rest = problems.show(ex);
                if (!rest.isEmpty()) {
                    Ui.problem("kso-application-refused", String.join("; ", rest));
                }
            }
        });
        save.setId("kso-application-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t.get("applications.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private TextField field(String name, String serverName) {
        TextField f = new TextField(t.get("applications.field." + name));
        f.setId("kso-application-" + name);
        problems.field(serverName, f);
        return f;
    }

    /** A number in the user's format; text that is no number is the field's error, like the server's. */
    private static BigDecimal number(TextField field, String serverName) {
        String text = field.getValue().isBlank() ? null : field.getValue();
        if (text == null) {
            return null;
        }
        try {
            return Ui.formats().parseAmount(text);
        } catch (RuntimeException e) {
            throw io.pitstop.core.api.ValidationException.field(serverName, "is not a number");
        }
    }

    private static int whole(TextField field) {
        try {
            return Integer.parseInt(field.getValue().strip());
        } catch (NumberFormatException e) {
            throw io.pitstop.core.api.ValidationException.field("offer.termMonths", "must be a whole number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
