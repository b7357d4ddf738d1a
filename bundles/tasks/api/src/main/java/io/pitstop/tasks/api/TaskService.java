package io.pitstop.tasks.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tasks: create, read, move through their statuses, list. Every write checks the whole input first (all field
 * errors at once, nothing written on a refusal), then stores the task, an audit record and an event in one
 * transaction.
 */
@ProviderType
public interface TaskService {
    /** Longest title. */
    int TITLE_LENGTH = 200;
    /** Longest description. */
    int DESCRIPTION_LENGTH = 10_000;
    /** Most links of one task. */
    int MAX_LINKS = 50;
    /** Most checklist items of one task. */
    int MAX_CHECKLIST = 100;
    /** Longest checklist item. */
    int CHECKLIST_TEXT_LENGTH = 500;
    /** Most co-workers and most observers of one task. */
    int MAX_PEOPLE = 50;
    /** An assignee that starts with this names a staff group: {@code group:sales}. */
    String GROUP_PREFIX = "group:";
    /** Most tasks one distribution creates. */
    int MAX_DISTRIBUTION = 5000;

    Task create(Actor actor, TaskDraft draft);

    Task get(TaskId id);

    /**
     * Moves a task on. {@code DONE} asked for by anyone but the creator of a task with {@code confirmByCreator}
     * becomes {@code DONE_AWAITING_CONFIRMATION}; only the creator confirms or returns such a task.
     */
    Task changeStatus(Actor actor, TaskId id, TaskStatus status);

    /** Tasks by deadline (those without one last), then number. */
    Page<Task> find(TaskQuery query, PageRequest page);

    /**
     * Ticks ({@code done}) or unticks checklist item {@code index}; who and when are kept. Those who may move the
     * task may tick its items; a co-worker too.
     */
    Task check(Actor actor, TaskId id, int index, boolean done);

    /** Adds an item to the end of the checklist (at most {@link #MAX_CHECKLIST}). */
    Task addChecklistItem(Actor actor, TaskId id, String text);

    /** Everything that happened to the task, newest first: creation, status changes, ticks, reminders. */
    Page<AuditEntry> history(TaskId id, PageRequest page);

    /** The plan of a distribution; writes nothing. */
    DistributionPlan plan(Actor actor, DistributionRequest request);

    /**
     * Creates the tasks of {@link #plan} in one transaction. The same {@code key} with the same request answers the
     * tasks it made the first time; with another request it is refused (409).
     */
    List<Task> distribute(Actor actor, DistributionRequest request, String key);
}
