package io.pitstop.tasks.ui;

import com.vaadin.flow.component.UI;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskService;
import io.pitstop.tasks.api.TaskStatus;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the task views get from their contributing components: the task service, the staff directory while it
 * runs (names, time zones, groups). Reminder notices reach every page through the shell ({@link Reminders}).
 */
record TasksUi(TaskService tasks, Supplier<Optional<StaffDirectory>> staff) {
    static final Texts TEXTS = Texts.of(TasksUi.class, "io.pitstop.tasks.ui.messages");

    /** Route of the task list. */
    static final String LIST = "tasks";
    /** Route of a task card: {@code task/<id>}. */
    static final String CARD = "task";
    /** Route of «Мой день». */
    static final String MY_DAY = "my-day";

    /** Staff who see and work on tasks, as the REST resource allows. */
    static final Set<String> VIEW = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT);

    static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    static String status(TaskStatus status) {
        return t("status." + status.name());
    }

    /** The signed-in member's time zone from the staff directory; the business zone without one. */
    ZoneId zone() {
        Actor actor = Ui.actor();
        return zoneOf(actor == null ? null : actor.name());
    }

    /** A login's time zone (reminders and deadlines are shown in the assignee's zone). */
    ZoneId zoneOf(String login) {
        if (login == null) {
            return Ui.DEFAULT_ZONE;
        }
        return staff.get().flatMap(d -> d.member(login)).map(StaffMember::timeZone).orElse(Ui.DEFAULT_ZONE);
    }

    Formats formats() {
        return Formats.of(Ui.locale(), zone());
    }

    String when(Instant instant) {
        return instant == null ? "" : formats().dateTime(instant);
    }

    /** A person or a group as people read it: the full name when the directory knows it. */
    String who(String assignee) {
        if (assignee == null) {
            return "";
        }
        if (assignee.startsWith(TaskService.GROUP_PREFIX)) {
            String code = assignee.substring(TaskService.GROUP_PREFIX.length());
            return t("group", staff.get().flatMap(d -> d.group(code)).map(g -> g.name()).orElse(code));
        }
        return staff.get().flatMap(d -> d.member(assignee)).map(StaffMember::fullName).orElse(assignee);
    }

    /** Opens the card of a linked record: its route is its type ({@code contact/<id>}, {@code account/<id>}). */
    static void open(RecordRef record) {
        UI.getCurrent().navigate(record.type() + "/" + record.id());
    }

    static void open(Task task) {
        UI.getCurrent().navigate(CARD + "/" + task.id());
    }
}
