package io.pitstop.tasks.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.staff.Presence;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffGroup;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.tasks.api.TaskDraft;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class StaffRulesTest {
    /** A directory held in maps: the staff bundle's data as the task rules read it. */
    private static final class Directory implements StaffDirectory {
        private final Map<String, StaffMember> members = Map.of(
                "ivan", member("ivan", true, Set.of("sales"), Set.of("manager")),
                "olga", member("olga", true, Set.of("accounting"), Set.of("accountant")),
                "gone", member("gone", false, Set.of("sales"), Set.of("manager")));
        private final Map<String, StaffGroup> groups = Map.of("sales", new StaffGroup("sales", "Продажи", true),
                "old", new StaffGroup("old", "Закрыт", false));

        private static StaffMember member(String login, boolean active, Set<String> groups, Set<String> roles) {
            return new StaffMember(login, login, null, null, null, groups, roles, active, Locale.ENGLISH, ZoneId.of("Europe/Moscow"), 1);
        }

        @Override
        public Optional<StaffMember> member(String login) {
            return Optional.ofNullable(members.get(login));
        }

        @Override
        public List<StaffMember> members(boolean activeOnly) {
            return List.copyOf(members.values());
        }

        @Override
        public List<StaffMember> membersOf(String groupCode) {
            return members.values().stream().filter(m -> m.active() && m.groups().contains(groupCode)).toList();
        }

        @Override
        public Optional<StaffGroup> group(String code) {
            return Optional.ofNullable(groups.get(code));
        }

        @Override
        public List<StaffGroup> groups() {
            return List.copyOf(groups.values());
        }

        @Override
        public Set<String> roles() {
            return Set.of("admin", "manager", "accountant", "support", "integrator");
        }

        @Override
        public Presence presence(String login) {
            return "olga".equals(login) ? Presence.OFF : Presence.AVAILABLE;
        }
    }

    private static final Directory STAFF = new Directory();

    private static TaskDraft draft(String assignee, List<String> coWorkers, String role) {
        return new TaskDraft("Возврат", null, assignee, null, false, false, List.of(), coWorkers, List.of("gone"), null, List.of(), role);
    }

    private static List<String> fields(TaskDraft d) {
        try {
            StaffRules.check(STAFF, d);
        } catch (ValidationException e) {
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
        return List.of();
    }

    @Test
    public void theAssigneeIsAnActiveMemberOrAnActiveGroup() {
        assertEquals(List.of("observers[0]"), fields(draft("ivan", List.of(), null)));
        assertEquals(List.of("assignee", "observers[0]"), fields(draft("gone", List.of(), null)));
        assertEquals(List.of("assignee", "observers[0]"), fields(draft("nobody", List.of(), null)));
        assertEquals(List.of("observers[0]"), fields(draft("group:sales", List.of(), null)));
        assertEquals(List.of("assignee", "observers[0]"), fields(draft("group:old", List.of(), null)));
        assertEquals(List.of("assignee", "coWorkers[1]", "observers[0]"), fields(draft("group:none", List.of("olga", "gone"), null)));
    }

    @Test
    public void theAssigneeHoldsTheRoleTheTaskNeeds() {
        assertEquals(List.of("observers[0]"), fields(draft("olga", List.of(), "accountant")));
        assertEquals(List.of("assignee", "observers[0]"), fields(draft("ivan", List.of(), "accountant")));
        assertEquals(List.of("requiredRole", "observers[0]"), fields(draft("ivan", List.of(), "astrologer")));
    }

    @Test
    public void withoutADirectoryOnlyTheFormCounts() {
        StaffRules.check(null, draft("nobody", List.of("gone"), "astrologer"));
        assertFalse(StaffRules.absent(null, "nobody"));
    }

    @Test
    public void absentIsOffDisabledOrUnknownAndGroupsAreTheirMembers() {
        assertTrue(StaffRules.absent(STAFF, "olga"));
        assertTrue(StaffRules.absent(STAFF, "gone"));
        assertTrue(StaffRules.absent(STAFF, "nobody"));
        assertFalse(StaffRules.absent(STAFF, "ivan"));
        assertTrue(StaffRules.inGroup(STAFF, "sales", "ivan"));
        assertFalse(StaffRules.inGroup(STAFF, "sales", "gone"));
        assertFalse(StaffRules.inGroup(STAFF, null, "ivan"));
    }
}
