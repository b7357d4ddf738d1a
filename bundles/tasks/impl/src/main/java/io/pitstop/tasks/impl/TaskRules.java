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
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of tasks that need no database: what a draft must hold and how a status may change. */
final class TaskRules {
    static final int LOGIN_LENGTH = 100;
    private static final Pattern LOGIN = Pattern.compile("[\\p{L}\\p{N}._@-]+");

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
            if (draft.forGroup()) {
                v.require(login(draft.assignee().substring(TaskService.GROUP_PREFIX.length())), "assignee",
                        "must be a group code after 'group:': letters, digits, '.', '_', '@' or '-'");
            } else {
                v.require(login(draft.assignee()), "assignee",
                        "must be a login: letters, digits, '.', '_', '@' or '-', at most " + LOGIN_LENGTH + " characters");
            }
        }
        if (draft.deadline() != null) {
            v.require(!draft.deadline().isBefore(now), "deadline", "must not be before the task is created");
        }
        if (draft.reminderAt() != null && draft.deadline() != null) {
            v.require(!draft.reminderAt().isAfter(draft.deadline()), "reminderAt", "must not be after the deadline");
        }
        v.require(draft.links().size() <= TaskService.MAX_LINKS, "links", "must hold at most " + TaskService.MAX_LINKS + " records");
        for (int i = 0; i < draft.links().size(); i++) {
            RecordRef link = draft.links().get(i);
            if (link == null) {
                v.require(false, "links[" + i + "]", "is required");
                continue;
            }
            v.require(linkTypes.contains(link.type()), "links[" + i + "].type", "must be one of " + String.join(", ", linkTypes));
        }
        people(v, draft.coWorkers(), "coWorkers");
        people(v, draft.observers(), "observers");
        v.require(draft.checklist().size() <= TaskService.MAX_CHECKLIST, "checklist",
                "must hold at most " + TaskService.MAX_CHECKLIST + " items");
        for (int i = 0; i < draft.checklist().size() && i < TaskService.MAX_CHECKLIST; i++) {
            checklistText(v, draft.checklist().get(i), "checklist[" + i + "]");
        }
        if (draft.requiredRole() != null) {
            v.require(login(draft.requiredRole()), "requiredRole", "must be a role name");
        }
        v.throwIfInvalid();
    }

    /** A checklist item's text: present, one paragraph of at most {@link TaskService#CHECKLIST_TEXT_LENGTH}. */
    static void checklistText(Validation v, String text, String field) {
        v.required(text, field).maxLength(text, TaskService.CHECKLIST_TEXT_LENGTH, field);
    }

    private static void people(Validation v, java.util.List<String> logins, String field) {
        v.require(logins.size() <= TaskService.MAX_PEOPLE, field, "must hold at most " + TaskService.MAX_PEOPLE + " people");
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < logins.size() && i < TaskService.MAX_PEOPLE; i++) {
            String login = logins.get(i);
            String at = field + "[" + i + "]";
            v.require(login(login), at, "must be a login: letters, digits, '.', '_', '@' or '-', at most " + LOGIN_LENGTH + " characters");
            v.require(login == null || seen.add(login), at, "is given twice");
        }
    }

    private static boolean login(String s) {
        return s != null && !s.isEmpty() && s.length() <= LOGIN_LENGTH && LOGIN.matcher(s).matches();
    }

    /**
     * Whether {@code actor} takes part in the task: creator, assignee, co-worker, a member of the assigned group
     * ({@code inGroup}), or a manager or administrator.
     */
    static boolean involved(Task task, Actor actor, boolean inGroup) {
        return task.creator().equals(actor.name()) || task.assignee().equals(actor.name())
                || task.coWorkers().contains(actor.name()) || inGroup || actor.hasAnyRole(Actor.ADMIN, Actor.MANAGER);
    }

    /** The checklist after {@code actor} ticks or unticks item {@code index}; refusals as for status changes. */
    static java.util.List<io.pitstop.tasks.api.ChecklistItem> tick(Task task, Actor actor, boolean inGroup, int index,
                                                                  boolean done, Instant now) {
        if (!involved(task, actor, inGroup)) {
            throw new AccessDeniedException("Only the people of task " + task.number() + " may tick its checklist");
        }
        if (index < 0 || index >= task.checklist().size()) {
            throw ValidationException.field("index", "must be the place of an item, from 0 to " + (task.checklist().size() - 1));
        }
        java.util.List<io.pitstop.tasks.api.ChecklistItem> items = new java.util.ArrayList<>(task.checklist());
        String text = items.get(index).text();
        items.set(index, done ? new io.pitstop.tasks.api.ChecklistItem(text, true, actor.name(), now)
                : io.pitstop.tasks.api.ChecklistItem.open(text));
        return items;
    }

    /**
     * The status a task moves to when {@code actor} asks for {@code wanted}, or a refusal: 400 without a status,
     * 403 for someone who may not move it, 422 for a move the status machine has no arrow for.
     */
    static TaskStatus next(Task task, Actor actor, TaskStatus wanted) {
        return next(task, actor, false, wanted);
    }

    /** As {@link #next(Task, Actor, TaskStatus)}; {@code inGroup}: the actor belongs to the assigned group. */
    static TaskStatus next(Task task, Actor actor, boolean inGroup, TaskStatus wanted) {
        if (wanted == null) {
            throw ValidationException.field("status", "is required");
        }
        boolean creator = task.creator().equals(actor.name());
        if (!involved(task, actor, inGroup)) {
            throw new AccessDeniedException("Only the creator, the assignee or a manager may change task " + task.number());
        }
        if (!task.status().next().contains(wanted)) {
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
