package io.pitstop.tasks.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskDraft;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;

public class TaskRulesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Actor CREATOR = new Actor("olga", Set.of(Actor.SUPPORT));
    private static final Actor ASSIGNEE = new Actor("ivan", Set.of(Actor.SUPPORT));
    private static final Actor STRANGER = new Actor("petr", Set.of(Actor.ACCOUNTANT));
    private static final Actor MANAGER = new Actor("boss", Set.of(Actor.MANAGER));
    private static final Set<String> TYPES = new java.util.TreeSet<>(Set.of("contact", "account"));

    private static TaskDraft draft(String title, String assignee, Instant deadline, List<RecordRef> links) {
        return new TaskDraft(title, null, assignee, deadline, false, true, links);
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("accepted");
    }

    private static Task task(TaskStatus status, boolean confirm) {
        return new Task(TaskId.random(), 7, "Позвонить", null, "olga", "ivan", null, false, confirm, status, List.of(), NOW, NOW, 1,
                List.of("anna"), List.of(), null, List.of(io.pitstop.tasks.api.ChecklistItem.open("Сверить счета")));
    }

    @Test
    public void acceptsAMinimalDraftAndADeadlineAtCreation() {
        TaskRules.check(draft("Позвонить клиенту", "ivan", NOW, List.of()), NOW, TYPES);
        TaskRules.check(draft("Позвонить клиенту", "i.petrov@sales", NOW.plus(Duration.ofDays(3)), List.of()), NOW, TYPES);
    }

    @Test
    public void reportsEveryBadFieldAtOnce() {
        List<String> bad = fields(() -> TaskRules.check(draft(" ", "ivan petrov", NOW.minusSeconds(1),
                List.of(new RecordRef("contact", UUID.randomUUID()), new RecordRef("invoice", UUID.randomUUID()))), NOW, TYPES));
        assertEquals(List.of("title", "assignee", "deadline", "links[1].type"), bad);
    }

    @Test
    public void aLinkTypeIsKnownOnceSomeoneResolvesIt() {
        TaskDraft invoice = draft("Счёт", "ivan", null, List.of(new RecordRef("invoice", UUID.randomUUID())));
        assertEquals(List.of("links[0].type"), fields(() -> TaskRules.check(invoice, NOW, TYPES)));
        TaskRules.check(invoice, NOW, Set.of("contact", "account", "invoice"));
    }

    @Test
    public void limitsTitleDescriptionAssigneeAndLinks() {
        assertEquals(List.of("title"), fields(() -> TaskRules.check(draft("x".repeat(201), "ivan", null, List.of()), NOW, TYPES)));
        TaskRules.check(draft("x".repeat(200), "ivan", null, List.of()), NOW, TYPES);
        assertEquals(List.of("description"), fields(() -> TaskRules.check(new TaskDraft("t", "d".repeat(10_001), "ivan", null,
                false, false, List.of()), NOW, TYPES)));
        assertEquals(List.of("assignee"), fields(() -> TaskRules.check(draft("t", "a".repeat(101), null, List.of()), NOW, TYPES)));
        assertEquals(List.of("assignee"), fields(() -> TaskRules.check(draft("t", null, null, List.of()), NOW, TYPES)));
        List<RecordRef> many = java.util.Collections.nCopies(51, new RecordRef("contact", UUID.randomUUID()));
        assertEquals(List.of("links"), fields(() -> TaskRules.check(draft("t", "ivan", null, many), NOW, TYPES)));
    }

    @Test
    public void doneByTheAssigneeAwaitsTheCreatorsConfirmation() {
        assertEquals(TaskStatus.DONE_AWAITING_CONFIRMATION, TaskRules.next(task(TaskStatus.IN_PROGRESS, true), ASSIGNEE, TaskStatus.DONE));
        assertEquals(TaskStatus.DONE, TaskRules.next(task(TaskStatus.IN_PROGRESS, false), ASSIGNEE, TaskStatus.DONE));
        assertEquals(TaskStatus.DONE, TaskRules.next(task(TaskStatus.IN_PROGRESS, true), CREATOR, TaskStatus.DONE));
    }

    @Test
    public void onlyTheCreatorConfirmsOrReturns() {
        Task awaiting = task(TaskStatus.DONE_AWAITING_CONFIRMATION, true);
        assertEquals(TaskStatus.CONFIRMED, TaskRules.next(awaiting, CREATOR, TaskStatus.CONFIRMED));
        assertEquals(TaskStatus.IN_PROGRESS, TaskRules.next(awaiting, CREATOR, TaskStatus.IN_PROGRESS));
        for (Actor other : List.of(ASSIGNEE, MANAGER)) {
            try {
                TaskRules.next(awaiting, other, TaskStatus.CONFIRMED);
                fail("confirmed by " + other.name());
            } catch (AccessDeniedException expected) {
                assertTrue(expected.getMessage().contains("creator"));
            }
        }
    }

    @Test
    public void confirmedOnlyFromAwaitingConfirmation() {
        for (TaskStatus from : TaskStatus.values()) {
            if (from == TaskStatus.DONE_AWAITING_CONFIRMATION) {
                continue;
            }
            try {
                TaskRules.next(task(from, true), CREATOR, TaskStatus.CONFIRMED);
                fail("confirmed from " + from);
            } catch (BusinessRuleException expected) {
                assertEquals("task-transition", expected.type());
            }
        }
    }

    @Test
    public void closedTasksStayClosedAndTheAwaitingStatusIsNeverAskedFor() {
        for (TaskStatus closed : List.of(TaskStatus.DONE, TaskStatus.CONFIRMED, TaskStatus.CANCELLED)) {
            for (TaskStatus wanted : TaskStatus.values()) {
                assertRefused(task(closed, false), MANAGER, wanted);
            }
        }
        assertRefused(task(TaskStatus.NEW, true), CREATOR, TaskStatus.DONE_AWAITING_CONFIRMATION);
        assertRefused(task(TaskStatus.IN_PROGRESS, true), CREATOR, TaskStatus.NEW);
        assertRefused(task(TaskStatus.IN_PROGRESS, true), CREATOR, TaskStatus.IN_PROGRESS);
    }

    @Test
    public void strangersMayNotMoveATaskButManagersMay() {
        try {
            TaskRules.next(task(TaskStatus.NEW, false), STRANGER, TaskStatus.IN_PROGRESS);
            fail("moved by a stranger");
        } catch (AccessDeniedException expected) {
            // the task is neither theirs nor assigned to them
        }
        assertEquals(TaskStatus.IN_PROGRESS, TaskRules.next(task(TaskStatus.NEW, false), MANAGER, TaskStatus.IN_PROGRESS));
        assertEquals(List.of("status"), fields(() -> TaskRules.next(task(TaskStatus.NEW, false), MANAGER, null)));
    }

    private static TaskDraft full(String assignee, List<String> coWorkers, List<String> observers, Instant reminder,
                                  Instant deadline, List<String> checklist) {
        return new TaskDraft("Задача на прозвон", null, assignee, deadline, true, true, List.of(), coWorkers, observers,
                reminder, checklist, null);
    }

    @Test
    public void aGroupIsAnAssigneeAndPeopleAreLoginsGivenOnce() {
        TaskRules.check(full("group:sales", List.of("anna", "boris"), List.of("olga"), NOW.plusSeconds(60), NOW.plusSeconds(3600),
                List.of("1 X 052 ЕК 190 - в ремонте")), NOW, TYPES);
        assertEquals(List.of("assignee", "coWorkers[1]", "coWorkers[2]", "observers[0]"),
                fields(() -> TaskRules.check(full("group:", List.of("anna", "two words", "anna"), List.of(""), null, null, List.of()), NOW, TYPES)));
    }

    @Test
    public void aReminderComesBeforeTheDeadline() {
        assertEquals(List.of("reminderAt"), fields(() -> TaskRules.check(full("ivan", List.of(), List.of(), NOW.plusSeconds(7200),
                NOW.plusSeconds(3600), List.of()), NOW, TYPES)));
        TaskRules.check(full("ivan", List.of(), List.of(), NOW.plusSeconds(3600), NOW.plusSeconds(3600), List.of()), NOW, TYPES);
        TaskRules.check(full("ivan", List.of(), List.of(), NOW.plusSeconds(7200), null, List.of()), NOW, TYPES);
    }

    @Test
    public void aChecklistHoldsAtMostAHundredItemsEachWithText() {
        List<String> hundred = java.util.Collections.nCopies(100, "пункт");
        TaskRules.check(full("ivan", List.of(), List.of(), null, null, hundred), NOW, TYPES);
        List<String> more = new java.util.ArrayList<>(hundred);
        more.add("сто первый");
        assertEquals(List.of("checklist"), fields(() -> TaskRules.check(full("ivan", List.of(), List.of(), null, null, more), NOW, TYPES)));
        assertEquals(List.of("checklist[1]", "checklist[2]"), fields(() -> TaskRules.check(full("ivan", List.of(), List.of(), null, null,
                List.of("есть", " ", "x".repeat(501))), NOW, TYPES)));
    }

    @Test
    public void tickingKeepsWhoAndWhenAndUntickingClearsThem() {
        List<io.pitstop.tasks.api.ChecklistItem> ticked = TaskRules.tick(task(TaskStatus.NEW, false), new Actor("anna", Set.of()), false, 0, true, NOW);
        assertEquals(new io.pitstop.tasks.api.ChecklistItem("Сверить счета", true, "anna", NOW), ticked.get(0));
        Task done = task(TaskStatus.NEW, false).withChecklist(ticked, NOW);
        assertEquals(io.pitstop.tasks.api.ChecklistItem.open("Сверить счета"), TaskRules.tick(done, ASSIGNEE, false, 0, false, NOW).get(0));
        assertEquals(List.of("index"), fields(() -> TaskRules.tick(done, ASSIGNEE, false, 1, true, NOW)));
        try {
            TaskRules.tick(done, STRANGER, false, 0, true, NOW);
            fail("ticked by a stranger");
        } catch (AccessDeniedException expected) {
            // neither creator, assignee nor co-worker
        }
        assertEquals(1, TaskRules.tick(done, STRANGER, true, 0, true, NOW).size());
    }

    @Test
    public void coWorkersAndMembersOfTheGroupMoveTheTaskButOnlyTheCreatorConfirms() {
        Actor coWorker = new Actor("anna", Set.of(Actor.SUPPORT));
        assertEquals(TaskStatus.DONE_AWAITING_CONFIRMATION, TaskRules.next(task(TaskStatus.IN_PROGRESS, true), coWorker, TaskStatus.DONE));
        assertEquals(TaskStatus.IN_PROGRESS, TaskRules.next(task(TaskStatus.NEW, true), STRANGER, true, TaskStatus.IN_PROGRESS));
        try {
            TaskRules.next(task(TaskStatus.DONE_AWAITING_CONFIRMATION, true), coWorker, TaskStatus.CONFIRMED);
            fail("confirmed by a co-worker");
        } catch (AccessDeniedException expected) {
            // the creator confirms
        }
    }

    private static void assertRefused(Task task, Actor actor, TaskStatus wanted) {
        try {
            TaskStatus next = TaskRules.next(task, actor, wanted);
            fail(task.status() + " -> " + wanted + " gave " + next);
        } catch (BusinessRuleException expected) {
            assertEquals("task-transition", expected.type());
        }
    }
}
