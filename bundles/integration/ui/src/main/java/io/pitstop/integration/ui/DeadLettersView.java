package io.pitstop.integration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.DeadLetter;
import io.pitstop.core.api.DeadLetterQuery;
import io.pitstop.core.api.DeadLetterStatus;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.ListParams;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.ConfirmDialog;
import io.pitstop.ui.api.kit.ListView;
import io.pitstop.ui.api.kit.StatusBadge;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /dead-letters}: what integration routes could not process, newest first, filtered by status and route
 * ({@code ?status=OPEN} from the dashboard). A row opens the letter: its body (JSON indented), the error's message
 * chain and the headers, with reprocessing (after a confirmation) and resolving with a comment for an open one.
 */
public class DeadLettersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    /** Query parameters the dashboard's counter links with. */
    static final String STATUS = "status";
    static final String ROUTE_PARAM = "route";

    private final transient DeadLetters deadLetters;
    private final transient Formats formats = Ui.formats();
    private final Select<DeadLetterStatus> status = new Select<>();
    private final TextField route = new TextField(t("filter.route"));
    private final ListView<DeadLetter> list = new ListView<>("dead-letters");

    static String t(String key, Object... args) {
        return DeadLettersContribution.TEXTS.get(key, args);
    }

    public DeadLettersView(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
        setId("dead-letters-view");
        setSizeFull();
        status.setId("dead-letters-filter-status");
        status.setLabel(t("filter.status"));
        status.setItems(DeadLetterStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t("filter.status.all"));
        status.setItemLabelGenerator(s -> s == null ? t("filter.status.all") : statusText(s));
        route.setId("dead-letters-filter-route");
        route.setValueChangeMode(ValueChangeMode.LAZY);
        route.setClearButtonVisible(true);

        list.enumFilter(STATUS, status, DeadLetterStatus.class).textFilter(ROUTE_PARAM, route);
        list.column("at", t("column.at"), l -> formats.dateTime(l.at())).narrow();
        list.column("route", t("column.route"), l -> l.route() == null ? l.source() : l.route()).narrow();
        list.column("endpoint", t("column.endpoint"), DeadLetter::endpoint).wide();
        list.column("error", t("column.error"), l -> firstLine(l.error())).wide();
        list.componentColumn("status", t("column.status"), l -> statusText(l.status()), DeadLettersView::badge).narrow();
        list.items(List.of(), null, page -> deadLetters.list(query(), page).items(),
                () -> deadLetters.list(query(), PageRequest.first(1)).total());
        list.emptyState(t("empty"), null, null);
        list.tools(t("exportName"));
        list.onOpen(this::open);
        list.grid().setClassNameGenerator(l -> "dead-letter-row");
        add(new H2(t("menu.dead-letters")), list);
        setFlexGrow(1, list);
    }

    private DeadLetterQuery query() {
        String r = route.getValue() == null || route.getValue().isBlank() ? null : route.getValue().strip();
        return new DeadLetterQuery(null, r, status.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListParams params = new ListParams(event.getLocation().getQueryParameters().getParameters());
        params.constant(STATUS, DeadLetterStatus.class).ifPresent(status::setValue);
        params.text(ROUTE_PARAM).ifPresent(route::setValue);
    }

    @Override
    public String getPageTitle() {
        return t("menu.dead-letters");
    }

    static String firstLine(String error) {
        if (error == null) {
            return "";
        }
        int nl = error.indexOf('\n');
        return nl < 0 ? error : error.substring(0, nl);
    }

    private static String statusText(DeadLetterStatus s) {
        return t("status." + s.name());
    }

    private static StatusBadge badge(DeadLetter l) {
        StatusBadge.Tone tone = switch (l.status()) {
            case OPEN -> StatusBadge.Tone.ERROR;
            case REPROCESSED -> StatusBadge.Tone.SUCCESS;
            case RESOLVED -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(l.status().name(), statusText(l.status()), tone);
    }

    /** The letter's detail: body, error and headers, and what may be done with an open one. */
    private void open(DeadLetter shown) {
        DeadLetter letter = deadLetters.get(shown.id());
        Dialog dialog = new Dialog();
        dialog.setId("dead-letter-dialog");
        dialog.setHeaderTitle(t("detail.title", letter.route() == null ? letter.source() : letter.route()));
        dialog.setWidth("min(900px, 95vw)");
        Div facts = new Div();
        facts.add(fact("dead-letter-status", t("column.status"), badge(letter)),
                fact("dead-letter-at", t("column.at"), new Span(formats.dateTime(letter.at()))),
                fact("dead-letter-endpoint", t("column.endpoint"), new Span(letter.endpoint() == null ? "" : letter.endpoint())),
                fact("dead-letter-attempts", t("detail.attempts"), new Span(String.valueOf(letter.attempts()))));
        if (letter.handledBy() != null) {
            facts.add(fact("dead-letter-handled", t("detail.handled"), new Span(letter.handledBy() + ", "
                    + (letter.handledAt() == null ? "" : formats.dateTime(letter.handledAt())))));
        }
        if (letter.comment() != null) {
            facts.add(fact("dead-letter-comment-text", t("detail.comment"), new Span(letter.comment())));
        }
        Pre error = pre("dead-letter-error", letter.error());
        Pre body = pre("dead-letter-body", Bodies.pretty(letter.body()));
        Pre headers = pre("dead-letter-headers", letter.headers().entrySet().stream()
                .map(h -> h.getKey() + ": " + h.getValue()).collect(Collectors.joining("\n")));
        dialog.add(facts, new H3(t("detail.error")), error, new H3(t("detail.body")), body);
        if (!letter.headers().isEmpty()) {
            dialog.add(new H3(t("detail.headers")), headers);
        }
        Button close = new Button(t("detail.close"), e -> dialog.close());
        close.setId("dead-letter-close");
        dialog.getFooter().add(close);
        if (letter.status() == DeadLetterStatus.OPEN) {
            TextArea comment = new TextArea(t("detail.comment"));
            comment.setId("dead-letter-comment");
            comment.setWidthFull();
            comment.setMaxLength(2000);
            dialog.add(comment);
            Button resolve = new Button(t("action.resolve"), e -> resolve(dialog, letter, comment));
            resolve.setId("dead-letter-resolve");
            Button reprocess = new Button(t("action.reprocess"), e -> confirmReprocess(dialog, letter));
            reprocess.setId("dead-letter-reprocess");
            reprocess.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reprocess.setEnabled(letter.route() != null);
            dialog.getFooter().add(resolve, reprocess);
        }
        dialog.open();
    }

    private static Div fact(String id, String label, com.vaadin.flow.component.Component value) {
        Span l = new Span(label + ": ");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        value.setId(id);
        Div row = new Div(l, value);
        row.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
        return row;
    }

    private static Pre pre(String id, String text) {
        Pre pre = new Pre(text == null ? "" : text);
        pre.setId(id);
        // a long body or error scrolls inside its box; a keyboard user reaches it with Tab to scroll it
        pre.getElement().setAttribute("tabindex", "0");
        pre.getStyle().set("white-space", "pre-wrap").set("word-break", "break-word").set("max-height", "20em").set("overflow", "auto")
                .set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)").set("margin", "0");
        return pre;
    }

    private void confirmReprocess(Dialog detail, DeadLetter letter) {
        new ConfirmDialog("dead-letter-reprocess-confirm", t("reprocess.title"))
                .text(t("reprocess.text"))
                .row("route", t("column.route"), letter.route())
                .row("endpoint", t("column.endpoint"), letter.endpoint())
                .onConfirm(t("action.reprocess"), false, () -> {
                    try {
                        deadLetters.reprocess(Ui.actor(), letter.id());
                        Ui.notice("dead-letter.reprocessed", t("notice.reprocessed"));
                        detail.close();
                    } catch (PitstopException e) {
                        Ui.problem("dead-letter.failed", Ui.message(e));
                        detail.close();
                    }
                    list.refresh();
                }).open();
    }

    private void resolve(Dialog detail, DeadLetter letter, TextArea comment) {
        try {
            deadLetters.resolve(Ui.actor(), letter.id(), comment.getValue());
        } catch (ValidationException e) {
            comment.setInvalid(true);
            comment.setErrorMessage(Ui.message(e));
            return;
        } catch (PitstopException e) {
            Ui.problem("dead-letter.failed", Ui.message(e));
            return;
        }
        Ui.notice("dead-letter.resolved", t("notice.resolved"));
        detail.close();
        list.refresh();
    }
}
