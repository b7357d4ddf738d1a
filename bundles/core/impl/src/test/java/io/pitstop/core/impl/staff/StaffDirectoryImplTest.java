package io.pitstop.core.impl.staff;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.staff.Presence;
import io.pitstop.core.api.staff.RoleDeclaration;
import io.pitstop.core.api.staff.StaffDraft;
import io.pitstop.core.api.staff.StaffGroup;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.core.impl.security.PasswordHash;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

public class StaffDirectoryImplTest {
    private static final Actor ADMIN = new Actor("admin", Set.of(Actor.ADMIN));
    private static int databases;

    private final List<String> audited = Collections.synchronizedList(new ArrayList<>());
    private StaffDirectoryImpl staff;

    @Before
    public void setUp() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:staff" + (++databases) + System.nanoTime());
        ds.setCreateDatabase("create");
        try (InputStream in = StaffDirectoryImpl.class.getClassLoader().getResourceAsStream("db/core/V004__staff.sql");
             Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
            for (String statement : script.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        Transactions direct = new Transactions() {
            @Override
            public <T> T required(Callable<T> work) {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public boolean active() {
                return false;
            }

            @Override
            public <T> T requiresNew(Callable<T> work) {
                return required(work);
            }
        };
        AuditService audit = new AuditService() {
            @Override
            public void record(Actor actor, RecordRef subject, String action, Map<String, ?> before, Map<String, ?> after) {
                audited.add(action + " " + after);
            }

            @Override
            public Page<AuditEntry> history(RecordRef subject, PageRequest page) {
                throw new UnsupportedOperationException();
            }
        };
        staff = new StaffDirectoryImpl(ds, null, direct, audit);
        staff.createGroup(ADMIN, "sales", "Sales");
    }

    private static StaffDraft draft(String name, Set<String> roles, Set<String> groups) {
        return new StaffDraft(name, "ivan@example.com", "204", "Personal manager", groups, roles, "ru", "Europe/Moscow");
    }

    private static Set<String> fields(ValidationException e) {
        return e.fieldErrors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    public void createdMemberIsReadBackWithRolesGroupsAndPresence() {
        StaffMember ivan = staff.create(ADMIN, "ivanov", draft("Ivan Ivanov", Set.of("manager"), Set.of("sales")), "long-secret".toCharArray());
        assertEquals(Set.of("manager"), ivan.roles());
        assertEquals(Set.of("sales"), ivan.groups());
        assertTrue(ivan.active());
        assertEquals("Europe/Moscow", ivan.timeZone().getId());
        assertEquals(List.of("ivanov"), staff.membersOf("sales").stream().map(StaffMember::login).toList());
        assertEquals(Presence.AVAILABLE, staff.presence("ivanov"));
        assertTrue(PasswordHash.matches("long-secret".toCharArray(), staff.credentials("ivanov").orElseThrow().passwordHash()));
        assertTrue(audited.stream().anyMatch(a -> a.startsWith("CREATED") && a.contains("ivanov") && !a.contains("pbkdf2")));
    }

    @Test
    public void badInputNamesEveryFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> staff.create(ADMIN, "bad login",
                new StaffDraft("", "not-an-email", "12a", null, Set.of("ghosts"), Set.of("wizard"), "de", "Mars/Base"),
                "short".toCharArray()));
        assertEquals(Set.of("login", "fullName", "email", "extension", "groups", "roles", "language", "timeZone", "password"), fields(e));
        assertTrue(staff.members(false).isEmpty());
        assertEquals(Set.of("password"), fields(assertThrows(ValidationException.class, () -> staff.create(ADMIN, "petrov",
                draft("Petr", Set.of(), Set.of()), "long-enough\u0000".toCharArray()))));
        assertEquals(Set.of("password"), fields(assertThrows(ValidationException.class, () -> staff.create(ADMIN, "petrov",
                draft("Petr", Set.of(), Set.of()), "x".repeat(201).toCharArray()))));
    }

    @Test
    public void aTakenLoginIsRefusedOnItsFieldWhateverTheCase() {
        staff.create(ADMIN, "ivanov", draft("Ivan", Set.of(), Set.of()), "long-secret".toCharArray());
        ValidationException e = assertThrows(ValidationException.class,
                () -> staff.create(ADMIN, "Ivanov", draft("Other Ivan", Set.of(), Set.of()), "long-secret".toCharArray()));
        assertEquals(Set.of("login"), fields(e));
        assertEquals(1, staff.members(false).size());
    }

    @Test
    public void aRoleDeclaredByABundleIsAssignable() {
        assertThrows(ValidationException.class,
                () -> staff.create(ADMIN, "op", draft("Operator", Set.of("sample-operator"), Set.of()), "long-secret".toCharArray()));
        staff.declare(new RoleDeclaration("sample-operator", Map.of("en", "Sample operator")));
        assertTrue(staff.roles().containsAll(Set.of("admin", "manager", "accountant", "support", "integrator", "sample-operator")));
        StaffMember op = staff.create(ADMIN, "op", draft("Operator", Set.of("sample-operator"), Set.of()), "long-secret".toCharArray());
        assertEquals(Set.of("sample-operator"), staff.credentials("op").orElseThrow().roles());
        assertEquals(op.roles(), Set.of("sample-operator"));
    }

    @Test
    public void onlyAnAdministratorManagesStaff() {
        Actor manager = new Actor("manager", Set.of(Actor.MANAGER));
        assertThrows(AccessDeniedException.class,
                () -> staff.create(manager, "x1", draft("X", Set.of(), Set.of()), "long-secret".toCharArray()));
        assertThrows(AccessDeniedException.class, () -> staff.createGroup(manager, "service", "Service"));
    }

    @Test
    public void disablingChangesTheVersionAndTurnsPresenceOff() {
        staff.create(ADMIN, "ivanov", draft("Ivan", Set.of("manager"), Set.of()), "long-secret".toCharArray());
        long before = staff.credentials("ivanov").orElseThrow().version();
        staff.setActive(ADMIN, "ivanov", false);
        var after = staff.credentials("ivanov").orElseThrow();
        assertFalse(after.active());
        assertTrue(after.version() > before);
        assertEquals(Presence.OFF, staff.presence("ivanov"));
        assertTrue(staff.members(true).isEmpty());
        assertEquals(1, staff.members(false).size());
        assertThrows(io.pitstop.core.api.BusinessRuleException.class, () -> staff.setActive(ADMIN, "admin", false));
    }

    @Test
    public void passwordResetKeepsTheHashRuleAndPresenceIsTheMembersOwn() {
        staff.create(ADMIN, "ivanov", draft("Ivan", Set.of(), Set.of()), "long-secret".toCharArray());
        staff.resetPassword(ADMIN, "ivanov", "another-secret".toCharArray());
        assertTrue(PasswordHash.matches("another-secret".toCharArray(), staff.credentials("ivanov").orElseThrow().passwordHash()));
        assertTrue(audited.stream().noneMatch(a -> a.contains("another-secret")));
        staff.setPresence(new Actor("ivanov", Set.of()), Presence.BUSY);
        assertEquals(Presence.BUSY, staff.presence("ivanov"));
        assertEquals(Presence.OFF, staff.presence("nobody-here"));
    }

    @Test
    public void usersFileLoginsAreImportedOnceAndThenTheDirectoryDecides() {
        String hash = PasswordHash.hash("admin".toCharArray());
        assertTrue(staff.importIfAbsent("admin", hash, Set.of("admin", "legacy-role")));
        assertFalse(staff.importIfAbsent("admin", PasswordHash.hash("other".toCharArray()), Set.of()));
        var admin = staff.credentials("admin").orElseThrow();
        assertEquals(hash, admin.passwordHash());
        assertEquals(Set.of("admin", "legacy-role"), admin.roles());
        assertFalse("a plain password is never imported", staff.importIfAbsent("plain", "secret", Set.of()));
    }

    @Test
    public void updateKeepsRolesWhoseBundleIsGoneButRefusesNewUnknownOnes() {
        staff.importIfAbsent("old", PasswordHash.hash("x".toCharArray()), Set.of("legacy-role"));
        StaffMember updated = staff.update(ADMIN, "old", draft("Old Timer", Set.of("legacy-role", "support"), Set.of("sales")));
        assertEquals(Set.of("legacy-role", "support"), updated.roles());
        assertEquals(Set.of("roles"), fields(assertThrows(ValidationException.class,
                () -> staff.update(ADMIN, "old", draft("Old Timer", Set.of("new-unknown"), Set.of())))));
    }

    @Test
    public void aGroupIsRenamedGetsExactlyTheNamedMembersAndIsAudited() {
        staff.create(ADMIN, "ivanov", draft("Ivan", Set.of("manager"), Set.of("sales")), "long-secret".toCharArray());
        staff.create(ADMIN, "petrov", draft("Petr", Set.of("manager"), Set.of()), "long-secret".toCharArray());
        StaffGroup renamed = staff.updateGroup(ADMIN, "sales", "Отдел продаж", java.util.List.of("petrov"));
        assertEquals("Отдел продаж", renamed.name());
        assertEquals(Set.of(), staff.member("ivanov").orElseThrow().groups());
        assertEquals(Set.of("sales"), staff.member("petrov").orElseThrow().groups());
        assertEquals("Отдел продаж", staff.group("sales").orElseThrow().name());
        assertTrue(audited.get(audited.size() - 1).startsWith("UPDATED"));
        staff.updateGroup(ADMIN, "sales", "Продажи", null);
        assertEquals("members left out stay", Set.of("sales"), staff.member("petrov").orElseThrow().groups());
    }

    @Test
    public void aGroupEditNamesEveryBadFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> staff.updateGroup(ADMIN, "sales", " ", java.util.List.of("nobody")));
        assertEquals(Set.of("name", "members[0]"), fields(e));
        assertEquals("Sales", staff.group("sales").orElseThrow().name());
        assertThrows(io.pitstop.core.api.NotFoundException.class, () -> staff.updateGroup(ADMIN, "nope", "Nope", null));
        assertThrows(AccessDeniedException.class, () -> staff.updateGroup(new Actor("m", Set.of(Actor.MANAGER)), "sales", "X", null));
    }

    @Test
    public void aDisabledGroupStaysWithItsMembersAndCanBeEnabledAgain() {
        staff.create(ADMIN, "ivanov", draft("Ivan", Set.of("manager"), Set.of("sales")), "long-secret".toCharArray());
        assertFalse(staff.setGroupActive(ADMIN, "sales", false).active());
        assertFalse(staff.group("sales").orElseThrow().active());
        assertEquals(Set.of("sales"), staff.member("ivanov").orElseThrow().groups());
        assertTrue(audited.get(audited.size() - 1).startsWith("DISABLED"));
        assertTrue(staff.setGroupActive(ADMIN, "sales", true).active());
    }
}
