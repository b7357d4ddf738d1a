package io.pitstop.tasks.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
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

    Task create(Actor actor, TaskDraft draft);

    Task get(TaskId id);

    /**
     * Moves a task on. {@code DONE} asked for by anyone but the creator of a task with {@code confirmByCreator}
     * becomes {@code DONE_AWAITING_CONFIRMATION}; only the creator confirms or returns such a task.
     */
    Task changeStatus(Actor actor, TaskId id, TaskStatus status);

    /** Tasks by deadline (those without one last), then number. */
    Page<Task> find(TaskQuery query, PageRequest page);
}
