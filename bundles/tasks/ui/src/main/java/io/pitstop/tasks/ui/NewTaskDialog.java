package io.pitstop.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskDraft;
import io.pitstop.ui.api.FieldProblems;
import io.pitstop.ui.api.Ui;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * «Создать задачу» from a record's card: title, assignee (a login or {@code group:<code>}), deadline (the end of
 * the chosen day in the assignee's zone), whether the creator confirms it; the record is linked.
 */
final class NewTaskDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    NewTaskDialog(TasksUi ui, RecordRef record, Runnable done) {
        setId("task-dialog");
        setHeaderTitle(TasksUi.t("dialog.title"));
        TextField title = new TextField(TasksUi.t("field.title"));
        title.setId("task-dialog-title");
        title.setWidthFull();
        TextArea description = new TextArea(TasksUi.t("field.description"));
        description.setId("task-dialog-description");
        description.setWidthFull();
        TextField assignee = new TextField(TasksUi.t("field.assignee"));
        assignee.setId("task-dialog-assignee");
        assignee.setHelperText(TasksUi.t("field.assignee.help"));
        assignee.setValue(Ui.actor() == null ? "" : Ui.actor().name());
        DatePicker deadline = new DatePicker(TasksUi.t("field.deadline"));
        deadline.setId("task-dialog-deadline");
        deadline.setLocale(Ui.locale());
        deadline.setValue(LocalDate.now(ui.zone()));
        Checkbox confirm = new Checkbox(TasksUi.t("field.confirmByCreator"));
        confirm.setId("task-dialog-confirm");
        Span error = new Span();
        error.setId("task-dialog-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        FormLayout form = new FormLayout(title, assignee, deadline, confirm, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form, error);
        FieldProblems problems = new FieldProblems().field("title", title).field("assignee", assignee)
                .field("deadline", deadline).field("description", description);
        Button save = new Button(TasksUi.t("dialog.save"), e -> {
            problems.clear();
            error.setText("");
            try {
                String who = assignee.getValue().trim();
                Task task = ui.tasks().create(Ui.actor(), new TaskDraft(title.getValue(), description.getValue(), who,
                        endOf(deadline.getValue(), ui.zoneOf(who)), false, confirm.getValue(), List.of(record)));
                close();
                Ui.notice("task.created", TasksUi.t("task.created", task.number()));
                done.run();
            } catch (PitstopException problem) {
                error.setText(String.join("; ", problems.show(problem)));
            }
        });
        save.setId("task-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(TasksUi.t("dialog.cancel"), e -> close());
        cancel.setId("task-dialog-cancel");
        getFooter().add(cancel, save);
    }

    /** The last minute of a day in a zone; none without a day. */
    static Instant endOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).minusMinutes(1).toInstant();
    }
}
