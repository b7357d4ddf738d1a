package io.pitstop.contacts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.contacts.api.MergePreview;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ui.api.RecordAction;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * «Объединить» on the contact card (seed 002): pick the duplicate by search, see in numbers what moves to this
 * contact, give the reason, confirm. The merge itself is one transaction of {@link ContactService#merge}.
 */
@Component(service = RecordAction.class)
public class MergeAction implements RecordAction {
    @Reference
    private ContactService contacts;

    @Override
    public String recordType() {
        return ContactId.TYPE;
    }

    @Override
    public String id() {
        return "merge";
    }

    @Override
    public String labelKey() {
        return "merge.action";
    }

    @Override
    public Texts texts() {
        return ContactsUi.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return Set.of(Actor.ADMIN, Actor.MANAGER);
    }

    @Override
    public void run(RecordRef record, Runnable refresh) {
        ContactId kept = new ContactId(record.id());
        Dialog dialog = new Dialog();
        dialog.setId("merge-dialog");
        dialog.setHeaderTitle(ContactsUi.t("merge.title", contacts.get(kept).name()));
        ComboBox<Contact> duplicate = new ComboBox<>(ContactsUi.t("merge.duplicate"));
        duplicate.setId("merge-duplicate");
        duplicate.setWidthFull();
        duplicate.setItemLabelGenerator(c -> c.name() + (c.inn() == null ? "" : " · " + c.inn()));
        duplicate.setItems(q -> {
            String text = q.getFilter().orElse("").trim();
            int limit = Math.min(q.getLimit(), 50);
            if (text.length() < 2) {
                return Stream.empty();
            }
            return contacts.find(new ContactQuery(text, null, ContactStatus.ACTIVE, null),
                            new PageRequest(q.getOffset(), limit, List.of(new PageRequest.SortOrder("name", true))))
                    .stream().filter(c -> !c.id().equals(kept));
        });
        Span preview = new Span();
        preview.setId("merge-preview");
        TextField reason = new TextField(ContactsUi.t("merge.reason"));
        reason.setId("merge-reason");
        reason.setWidthFull();
        Button ok = new Button(ContactsUi.t("merge.confirm"));
        ok.setId("merge-confirm");
        ok.setEnabled(false);
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        duplicate.addValueChangeListener(e -> {
            ok.setEnabled(false);
            preview.setText("");
            if (e.getValue() == null) {
                return;
            }
            try {
                MergePreview p = contacts.mergePreview(kept, e.getValue().id());
                preview.setText(describe(p));
                preview.getElement().setAttribute("data-relations", String.valueOf(p.relations()));
                p.moves().forEach((kind, n) -> preview.getElement().setAttribute("data-" + kind, String.valueOf(n)));
                ok.setEnabled(true);
            } catch (PitstopException problem) {
                Ui.problem("contact.merge.failed", Ui.message(problem));
            }
        });
        ok.addClickListener(e -> {
            try {
                MergePreview done = contacts.merge(Ui.actor(), kept, duplicate.getValue().id(), reason.getValue());
                dialog.close();
                Ui.notice("contact.merged", ContactsUi.t("merge.done", describe(done)));
                refresh.run();
            } catch (PitstopException problem) {
                Ui.problem("contact.merge.failed", Ui.message(problem));
            }
        });
        Button cancel = new Button(ContactsUi.t("merge.cancel"), e -> dialog.close());
        cancel.setId("merge-cancel");
        dialog.add(new VerticalLayout(new Paragraph(ContactsUi.t("merge.explain")), duplicate, preview, reason));
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    /** "Relations: 2, accounts: 1, tasks: 0, files: 3" in the user's language. */
    private static String describe(MergePreview p) {
        Map<String, Integer> moves = p.moves();
        String records = moves.entrySet().stream()
                .map(m -> ContactsUi.t("merge.kind." + m.getKey()).replace("!merge.kind." + m.getKey() + "!", m.getKey())
                        + ": " + m.getValue())
                .collect(Collectors.joining(", "));
        return ContactsUi.t("merge.preview", p.relations(), p.relationsDropped(), records);
    }
}
