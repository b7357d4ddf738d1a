package io.pitstop.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.PitstopException;
import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.EventField;
import io.pitstop.notifications.api.EventType;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.notifications.api.Preview;
import io.pitstop.notifications.api.Template;
import io.pitstop.notifications.api.TemplateDraft;
import io.pitstop.ui.api.FieldProblems;
import io.pitstop.ui.api.Ui;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The template editor (/notifications/templates): an event type, a channel and a language pick the template; its
 * fields are listed as the placeholders the text may use; «Предпросмотр» fills them with sample values (and counts
 * SMS parts); saving checks the placeholders and the channel's limits, a refusal landing on its field.
 */
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient Notifications notifications;
    private final Select<EventType> eventType = new Select<>();
    private final Select<String> channel = new Select<>();
    private final Select<String> language = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Div fields = new Div();
    private final Div preview = new Div();
    private final Span previewSubject = new Span();
    private final Paragraph previewBody = new Paragraph();
    private final Span error = new Span();
    private final Grid<Template> grid = new Grid<>();
    private final FieldProblems problems = new FieldProblems();

    public TemplatesView(Notifications notifications) {
        this.notifications = notifications;
        setId("notify-templates");
        List<EventType> types = notifications.eventTypes();
        eventType.setId("notify-template-event");
        eventType.setLabel(NotificationsUi.t("template.eventType"));
        eventType.setItems(types);
        eventType.setItemLabelGenerator(t -> Ui.translate(t.label()) + " (" + t.type() + ")");
        channel.setId("notify-template-channel");
        channel.setLabel(NotificationsUi.t("template.channel"));
        channel.setItems(Channels.CORE);
        channel.setItemLabelGenerator(c -> NotificationsUi.t("channel." + c));
        channel.setValue(Channels.EMAIL);
        language.setId("notify-template-language");
        language.setLabel(NotificationsUi.t("template.language"));
        language.setItems("ru", "en");
        language.setValue("ru");
        subject.setId("notify-template-subject");
        subject.setLabel(NotificationsUi.t("template.subject"));
        subject.setWidthFull();
        body.setId("notify-template-body");
        body.setLabel(NotificationsUi.t("template.body"));
        body.setWidthFull();
        body.setMinHeight("8em");
        fields.setId("notify-template-fields");
        error.setId("notify-template-error");
        problems.field("eventType", eventType).field("channel", channel).field("language", language)
                .field("subject", subject).field("body", body);
        eventType.addValueChangeListener(e -> load());
        channel.addValueChangeListener(e -> load());
        language.addValueChangeListener(e -> load());

        Button show = new Button(NotificationsUi.t("template.preview"), e -> preview());
        show.setId("notify-template-preview");
        Button save = new Button(NotificationsUi.t("template.save"), e -> save());
        save.setId("notify-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        preview.setId("notify-preview");
        previewSubject.setId("notify-preview-subject");
        previewBody.setId("notify-preview-body");
        preview.add(new H3(NotificationsUi.t("template.previewTitle")), previewSubject, previewBody);
        preview.setVisible(false);

        grid.setId("notify-templates-grid");
        grid.addColumn(Template::eventType).setHeader(NotificationsUi.t("template.eventType")).setAutoWidth(true);
        grid.addColumn(t -> NotificationsUi.t("channel." + t.channel())).setHeader(NotificationsUi.t("template.channel"));
        grid.addColumn(Template::language).setHeader(NotificationsUi.t("template.language"));
        grid.addColumn(t -> t.subject() == null ? abbreviate(t.body()) : t.subject()).setHeader(NotificationsUi.t("template.subject")).setFlexGrow(1);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);

        HorizontalLayout pick = new HorizontalLayout(eventType, channel, language);
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(NotificationsUi.t("templates.title")), pick, fields, subject, body, error,
                new HorizontalLayout(show, save), preview, grid);
        if (!types.isEmpty()) {
            eventType.setValue(types.get(0));
        }
        refresh();
    }

    private void open(Template t) {
        notifications.eventTypes().stream().filter(x -> x.type().equals(t.eventType())).findFirst().ifPresent(eventType::setValue);
        channel.setValue(t.channel());
        language.setValue(t.language());
    }

    /** Shows the chosen type's fields and the stored template of the choice, if any. */
    private void load() {
        EventType type = eventType.getValue();
        fields.removeAll();
        problems.clear();
        error.setText("");
        preview.setVisible(false);
        if (type == null) {
            return;
        }
        fields.add(new Span(NotificationsUi.t("template.fields") + " "));
        for (EventField f : type.fields()) {
            Span chip = new Span("{" + f.name() + "}");
            chip.getElement().setAttribute("title", f.label());
            chip.getElement().setAttribute("data-field", f.name());
            chip.getElement().getThemeList().add("badge contrast");
            chip.getStyle().set("margin-right", "0.3em");
            fields.add(chip);
        }
        Template stored = notifications.templates(type.type()).stream()
                .filter(t -> t.channel().equals(channel.getValue()) && t.language().equals(language.getValue()))
                .findFirst().orElse(null);
        subject.setValue(stored == null || stored.subject() == null ? "" : stored.subject());
        body.setValue(stored == null ? "" : stored.body());
    }

    private TemplateDraft draft() {
        EventType type = eventType.getValue();
        return new TemplateDraft(type == null ? null : type.type(), channel.getValue(), language.getValue(),
                subject.getValue(), body.getValue());
    }

    private void preview() {
        problems.clear();
        error.setText("");
        try {
            Preview p = notifications.preview(draft());
            previewSubject.setText(p.subject() == null ? "" : p.subject());
            previewBody.setText(p.body());
            previewBody.getElement().setAttribute("data-length", String.valueOf(p.length()));
            previewBody.getElement().setAttribute("data-segments", String.valueOf(p.segments()));
            preview.setVisible(true);
        } catch (PitstopException e) {
            refused(e);
        }
    }

    private void save() {
        problems.clear();
        error.setText("");
        try {
            notifications.saveTemplate(Ui.actor(), draft());
            Ui.notice("notification.template.saved", NotificationsUi.t("template.saved"));
            refresh();
        } catch (PitstopException e) {
            refused(e);
        }
    }

    private void refused(PitstopException e) {
        List<String> rest = problems.show(e);
        error.setText(rest.stream().collect(Collectors.joining("; ")));
        Ui.problem("notification.template.refused", Ui.message(e));
    }

    private void refresh() {
        grid.setItems(notifications.templates(null));
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    @Override
    public String getPageTitle() {
        return NotificationsUi.t("templates.title");
    }
}
