package io.pitstop.tasks.impl;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskDraft;
import io.pitstop.tasks.api.TaskService;
import io.pitstop.tasks.api.TaskStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of tasks that need no database: what a draft must hold and how a status may change. */
final class TaskRules {
    static final int LOGIN_LENGTH = 100;
    private static final Pattern LOGIN = Pattern.compile("[\\p{L}\\p{N}._@-]+");

    /** Where each status may go when asked; DONE_AWAITING_CONFIRMATION is reached through DONE only. */
    private static final Map<TaskStatus, Set<TaskStatus>> NEXT = Map.of(
            TaskStatus.NEW, EnumSet.of(TaskStatus.IN_PROGRESS, TaskStatus.WAITING, TaskStatus.DONE, TaskStatus.DEFERRED, TaskStatus.CANCELLED),
            TaskStatus.IN_PROGRESS, EnumSet.of(TaskStatus.WAITING, TaskStatus.DONE, TaskStatus.DEFERRED, TaskStatus.CANCELLED),
            TaskStatus.WAITING, EnumSet.of(TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.DEFERRED, TaskStatus.CANCELLED),
            TaskStatus.DEFERRED, EnumSet.of(TaskStatus.IN_PROGRESS, TaskStatus.WAITING, TaskStatus.DONE, TaskStatus.CANCELLED),
            TaskStatus.DONE_AWAITING_CONFIRMATION, EnumSet.of(TaskStatus.CONFIRMED, TaskStatus.IN_PROGRESS),
            TaskStatus.DONE, EnumSet.noneOf(TaskStatus.class),
            TaskStatus.CONFIRMED, EnumSet.noneOf(TaskStatus.class),
            TaskStatus.CANCELLED, EnumSet.noneOf(TaskStatus.class));

    private TaskRules() {
    }

    /**
     * Every field error of a draft at once; links are checked for a known type here and for existence by the
     * service. {@code linkTypes}: the record types some resolver answers for, sorted for the message.
     */
    static void check(TaskDraft draft, Instant now, Set<String> linkTypes) {
        if (draft == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation()
                .required(draft.title(), "title")
                .maxLength(draft.title(), TaskService.TITLE_LENGTH, "title")
                .maxLength(draft.description(), TaskService.DESCRIPTION_LENGTH, "description")
                .required(draft.assignee(), "assignee");
        if (draft.assignee() != null && !draft.assignee().isBlank()) {
            v.require(draft.assignee().length() <= LOGIN_LENGTH && LOGIN.matcher(draft.assignee()).matches(), "assignee",
                    "must be a login: letters, digits, '.', '_', '@' or '-', at most " + LOGIN_LENGTH + " characters");
        }
        if (draft.deadline() != null) {
            v.require(!draft.deadline().isBefore(now), "deadline", "must not be before the task is created");
        }
        v.require(draft.links().size() <= TaskService.MAX_LINKS, "links", "must hold at most " + TaskService.MAX_LINKS + " records");
        for (int i = 0; i < draft.links().size(); i++) {
            RecordRef link = draft.links().get(i);
            v.require(linkTypes.contains(link.type()), "links[" + i + "].type", "must be one of " + String.join(", ", linkTypes));
        }
        v.throwIfInvalid();
    }

    /**
     * The status a task moves to when {@code actor} asks for {@code wanted}, or a refusal: 400 without a status,
     * 403 for someone who may not move it, 422 for a move the status machine has no arrow for.
     */
    static TaskStatus next(Task task, Actor actor, TaskStatus wanted) {
        if (wanted == null) {
            throw ValidationException.field("status", "is required");
        }
        boolean creator = task.creator().equals(actor.name());
        boolean involved = creator || task.assignee().equals(actor.name()) || actor.hasAnyRole(Actor.ADMIN, Actor.MANAGER);
        if (!involved) {
            throw new AccessDeniedException("Only the creator, the assignee or a manager may change task " + task.number());
        }
        if (!NEXT.get(task.status()).contains(wanted)) {
            throw new BusinessRuleException("task-transition", "Task " + task.number() + " cannot go from " + task.status()
                    + " to " + wanted);
        }
        if (task.status() == TaskStatus.DONE_AWAITING_CONFIRMATION && !creator) {
            throw new AccessDeniedException("Only the creator of task " + task.number() + " confirms it or returns it");
        }
        if (wanted == TaskStatus.DONE && task.confirmByCreator() && !creator) {
            return TaskStatus.DONE_AWAITING_CONFIRMATION;
        }
        return wanted;
    }
}
