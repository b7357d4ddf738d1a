package io.pitstop.tasks.impl;

import io.pitstop.core.api.Validation;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffGroup;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.tasks.api.TaskDraft;
import io.pitstop.tasks.api.TaskService;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a task's people that need the staff directory: the assignee is an active member (holding the
 * role the task needs) or an active group; co-workers and observers are active members. Without a directory
 * (a server whose staff bundle is not running) only the form of the names is checked, by {@link TaskRules}.
 */
final class StaffRules {
    private StaffRules() {
    }

    static void check(StaffDirectory staff, TaskDraft draft) {
        if (staff == null) {
            return;
        }
        Validation v = new Validation();
        boolean roleKnown = draft.requiredRole() == null || staff.roles().contains(draft.requiredRole());
        if (draft.forGroup()) {
            String code = draft.assignee().substring(TaskService.GROUP_PREFIX.length());
            Optional<StaffGroup> group = staff.group(code);
            v.require(group.isPresent() && group.get().active(), "assignee", "no active group " + code);
        } else {
            Optional<StaffMember> member = staff.member(draft.assignee());
            boolean active = member.isPresent() && member.get().active();
            v.require(active, "assignee", "no active member of staff " + draft.assignee());
            if (active && draft.requiredRole() != null && roleKnown) {
                v.require(member.get().roles().contains(draft.requiredRole()), "assignee",
                        draft.assignee() + " does not hold the role " + draft.requiredRole());
            }
        }
        v.require(roleKnown, "requiredRole", "no role " + draft.requiredRole());
        members(staff, v, draft.coWorkers(), "coWorkers");
        members(staff, v, draft.observers(), "observers");
        v.throwIfInvalid();
    }

    private static void members(StaffDirectory staff, Validation v, List<String> logins, String field) {
        for (int i = 0; i < logins.size(); i++) {
            String login = logins.get(i);
            Optional<StaffMember> m = staff.member(login);
            v.require(m.isPresent() && m.get().active(), field + "[" + i + "]", "no active member of staff " + login);
        }
    }

    /** Whether {@code login} belongs to the group a task is assigned to; false for a task of one person. */
    static boolean inGroup(StaffDirectory staff, String group, String login) {
        if (group == null || staff == null) {
            return false;
        }
        return staff.member(login).map(m -> m.active() && m.groups().contains(group)).orElse(false);
    }

    /** Whether a member of staff is away for the distribution of work: presence OFF, disabled or unknown. */
    static boolean absent(StaffDirectory staff, String login) {
        if (staff == null) {
            return false;
        }
        Optional<StaffMember> m = staff.member(login);
        return m.isEmpty() || !m.get().active() || staff.presence(login) == io.pitstop.core.api.staff.Presence.OFF;
    }
}
