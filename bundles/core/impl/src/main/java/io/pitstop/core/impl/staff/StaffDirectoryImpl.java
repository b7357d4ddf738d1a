package io.pitstop.core.impl.staff;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.staff.Presence;
import io.pitstop.core.api.staff.RoleDeclaration;
import io.pitstop.core.api.staff.StaffAdministration;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffDraft;
import io.pitstop.core.api.staff.StaffGroup;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.core.impl.security.PasswordHash;
import io.pitstop.core.impl.security.StaffCredentials;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The staff directory on plain JDBC inside {@link Transactions}, like the
 * audit log it writes to: a member is a row of {@code staff_member} with its
 * {@code staff_role} and {@code staff_membership} rows, each change written
 * with its audit record in one transaction. Roles a member may be given are
 * the five core ones plus those of the {@link RoleDeclaration} services
 * registered now; a role stored for a member stays when its bundle leaves
 * (it simply guards nothing until the bundle is back).
 */
@Component(service = {StaffDirectory.class, StaffAdministration.class, StaffCredentials.class})
public class StaffDirectoryImpl implements StaffDirectory, StaffAdministration, StaffCredentials {
    static final String SUBJECT = "staff-member";
    static final String GROUP_SUBJECT = "staff-group";
    static final List<String> CORE_ROLES = List.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR);

    private static final String MEMBER_COLUMNS = "login, id, full_name, email, phone_extension, position_title, active, "
            + "language, time_zone, version";

    private final DataSource dataSource;
    private final Transactions transactions;
    private final AuditService audit;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<RoleDeclaration> declarations = new CopyOnWriteArrayList<>();

    @Activate
    public StaffDirectoryImpl(@Reference(target = "(osgi.jndi.service.name=pitstop)") DataSource dataSource,
                              @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                              @Reference AuditService audit) {
        // migrations: only to order activation after the staff tables exist
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** For tests: role declarations as a running system would have them. */
    void declare(RoleDeclaration declaration) {
        List<RoleDeclaration> now = new ArrayList<>(declarations);
        now.add(declaration);
        declarations = now;
    }

    // ---- reading

    @Override
    public Optional<StaffMember> member(String login) {
        if (login == null) {
            return Optional.empty();
        }
        List<StaffMember> found = read("WHERE login = ?", List.of(login));
        return found.stream().findFirst();
    }

    @Override
    public List<StaffMember> members(boolean activeOnly) {
        return read(activeOnly ? "WHERE active = ?" : "", activeOnly ? List.of(Boolean.TRUE) : List.of());
    }

    @Override
    public List<StaffMember> membersOf(String groupCode) {
        return read("WHERE active = ? AND login IN (SELECT login FROM staff_membership WHERE group_code = ?)",
                List.of(Boolean.TRUE, groupCode == null ? "" : groupCode));
    }

    @Override
    public Optional<StaffGroup> group(String code) {
        return groups().stream().filter(g -> g.code().equals(code)).findFirst();
    }

    @Override
    public List<StaffGroup> groups() {
        List<StaffGroup> groups = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT code, name, active FROM staff_group ORDER BY name, code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                groups.add(new StaffGroup(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
            }
        } catch (SQLException e) {
            throw failure("read staff groups", e);
        }
        return groups;
    }

    @Override
    public Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>(CORE_ROLES);
        declarations.forEach(d -> roles.add(d.name()));
        return roles;
    }

    /** Declared roles with their labels, for screens that name them. */
    public List<RoleDeclaration> declaredRoles() {
        return List.copyOf(declarations);
    }

    @Override
    public Presence presence(String login) {
        if (login == null) {
            return Presence.OFF;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT presence, active FROM staff_member WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(2) ? Presence.valueOf(rs.getString(1)) : Presence.OFF;
            }
        } catch (SQLException e) {
            throw failure("read the presence of " + login, e);
        }
    }

    // ---- credentials for the realm

    @Override
    public Optional<Credentials> credentials(String login) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT password_hash, active, version FROM staff_member WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Credentials(login, rs.getString(1), rolesOf(c, login), rs.getBoolean(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw failure("read the credentials of " + login, e);
        }
    }

    @Override
    public boolean importIfAbsent(String login, String passwordHash, Set<String> roles) {
        if (login == null || login.length() > StaffRules.LOGIN_MAX || !PasswordHash.isHash(passwordHash)) {
            return false;
        }
        Actor importer = Actor.system("users-file");
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (exists(c, "SELECT 1 FROM staff_member WHERE login = ?", login)) {
                    return false;
                }
                UUID id = UUID.randomUUID();
                // the login doubles as the full name until an administrator writes one
                insertMember(c, id, login, new StaffDraft(login, null, null, null, Set.of(), roles, null, null), passwordHash);
                audit.record(importer, new RecordRef(SUBJECT, id), "IMPORTED", Map.of(),
                        Map.of("login", login, "roles", new TreeSet<>(roles)));
                return true;
            }
        });
    }

    // ---- administration

    @Override
    public StaffMember create(Actor actor, String login, StaffDraft draft, char[] password) {
        requireAdmin(actor);
        new StaffRules().login(login).draft(draft, roles(), groupCodes()).password(password).throwIfInvalid();
        String hash = PasswordHash.hash(password);
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (exists(c, "SELECT 1 FROM staff_member WHERE LOWER(login) = ?", login.toLowerCase(Locale.ROOT))) {
                    // logins differing only in case would be told apart by the server but not by people
                    throw io.pitstop.core.api.ValidationException.field("login", "is taken by another staff member");
                }
                UUID id = UUID.randomUUID();
                insertMember(c, id, login, draft, hash);
                StaffMember created = member(c, login).orElseThrow();
                audit.record(actor, new RecordRef(SUBJECT, id), "CREATED", Map.of(), describe(created));
                return created;
            }
        });
    }

    @Override
    public StaffMember update(Actor actor, String login, StaffDraft draft) {
        requireAdmin(actor);
        StaffMember before = member(login).orElseThrow(() -> notFound(login));
        // roles and groups a member holds already may stay though their bundle is gone; only new ones must exist now
        Set<String> knownRoles = new HashSet<>(roles());
        knownRoles.addAll(before.roles());
        Set<String> knownGroups = new HashSet<>(groupCodes());
        knownGroups.addAll(before.groups());
        new StaffRules().draft(draft, knownRoles, knownGroups).throwIfInvalid();
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE staff_member SET full_name = ?, email = ?, phone_extension = ?, "
                        + "position_title = ?, language = ?, time_zone = ?, version = version + 1 WHERE login = ?")) {
                    ps.setString(1, draft.fullName().strip());
                    ps.setString(2, blankToNull(draft.email()));
                    ps.setString(3, blankToNull(draft.extension()));
                    ps.setString(4, blankToNull(draft.position()));
                    ps.setString(5, StaffRules.language(draft.language()));
                    ps.setString(6, StaffRules.timeZone(draft.timeZone()));
                    ps.setString(7, login);
                    if (ps.executeUpdate() == 0) {
                        throw notFound(login);
                    }
                }
                update(c, "DELETE FROM staff_role WHERE login = ?", login);
                update(c, "DELETE FROM staff_membership WHERE login = ?", login);
                insertSets(c, login, draft);
                StaffMember after = member(c, login).orElseThrow();
                audit.record(actor, new RecordRef(SUBJECT, idOf(c, login)), "UPDATED", describe(before), describe(after));
                return after;
            }
        });
    }

    @Override
    public StaffMember setActive(Actor actor, String login, boolean active) {
        requireAdmin(actor);
        if (!active && actor.name().equals(login)) {
            // the last way back in would be the users file; an administrator locking themselves out is a slip
            throw new io.pitstop.core.api.BusinessRuleException("self-disable", "An administrator cannot disable themselves");
        }
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                StaffMember before = member(c, login).orElseThrow(() -> notFound(login));
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE staff_member SET active = ?, presence = ?, version = version + 1 WHERE login = ?")) {
                    ps.setBoolean(1, active);
                    ps.setString(2, Presence.OFF.name());
                    ps.setString(3, login);
                    ps.executeUpdate();
                }
                StaffMember after = member(c, login).orElseThrow();
                audit.record(actor, new RecordRef(SUBJECT, idOf(c, login)), active ? "ENABLED" : "DISABLED",
                        Map.of("active", before.active()), Map.of("active", active));
                return after;
            }
        });
    }

    @Override
    public void resetPassword(Actor actor, String login, char[] password) {
        requireAdmin(actor);
        new StaffRules().password(password).throwIfInvalid();
        String hash = PasswordHash.hash(password);
        transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE staff_member SET password_hash = ?, version = version + 1 WHERE login = ?")) {
                    ps.setString(1, hash);
                    ps.setString(2, login);
                    if (ps.executeUpdate() == 0) {
                        throw notFound(login);
                    }
                }
                // the hash is never written to the audit log: only that the password changed
                audit.record(actor, new RecordRef(SUBJECT, idOf(c, login)), "PASSWORD_RESET", Map.of(), Map.of("login", login));
                return null;
            }
        });
    }

    @Override
    public StaffGroup createGroup(Actor actor, String code, String name) {
        requireAdmin(actor);
        new StaffRules().groupCode(code).text("name", name, true).throwIfInvalid();
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (exists(c, "SELECT 1 FROM staff_group WHERE code = ?", code)) {
                    throw new ConflictException("A staff group with code " + code + " exists already");
                }
                UUID id = UUID.randomUUID();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_group (code, id, name, active) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, code);
                    ps.setString(2, id.toString());
                    ps.setString(3, name.strip());
                    ps.setBoolean(4, true);
                    ps.executeUpdate();
                }
                audit.record(actor, new RecordRef(GROUP_SUBJECT, id), "CREATED", Map.of(), Map.of("code", code, "name", name.strip()));
                return new StaffGroup(code, name.strip(), true);
            }
        });
    }

    @Override
    public StaffGroup updateGroup(Actor actor, String code, String name, List<String> members) {
        requireAdmin(actor);
        StaffGroup before = group(code).orElseThrow(() -> new NotFoundException("staff group", code));
        StaffRules rules = new StaffRules().text("name", name, true);
        if (members != null) {
            for (int i = 0; i < members.size(); i++) {
                String login = members.get(i);
                if (login == null || member(login).isEmpty()) {
                    rules.fail("members[" + i + "]", "no member of staff " + login);
                }
            }
        }
        rules.throwIfInvalid();
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                Set<String> membersBefore = loginsIn(c, code);
                try (PreparedStatement ps = c.prepareStatement("UPDATE staff_group SET name = ? WHERE code = ?")) {
                    ps.setString(1, name.strip());
                    ps.setString(2, code);
                    ps.executeUpdate();
                }
                Set<String> membersAfter = members == null ? membersBefore : new TreeSet<>(members);
                if (members != null) {
                    update(c, "DELETE FROM staff_membership WHERE group_code = ?", code);
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_membership (login, group_code) VALUES (?, ?)")) {
                        for (String login : membersAfter) {
                            ps.setString(1, login);
                            ps.setString(2, code);
                            ps.executeUpdate();
                        }
                    }
                }
                audit.record(actor, new RecordRef(GROUP_SUBJECT, groupId(c, code)), "UPDATED",
                        Map.of("name", before.name(), "members", membersBefore),
                        Map.of("name", name.strip(), "members", membersAfter));
                return new StaffGroup(code, name.strip(), before.active());
            }
        });
    }

    @Override
    public StaffGroup setGroupActive(Actor actor, String code, boolean active) {
        requireAdmin(actor);
        StaffGroup before = group(code).orElseThrow(() -> new NotFoundException("staff group", code));
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE staff_group SET active = ? WHERE code = ?")) {
                    ps.setBoolean(1, active);
                    ps.setString(2, code);
                    ps.executeUpdate();
                }
                audit.record(actor, new RecordRef(GROUP_SUBJECT, groupId(c, code)), active ? "ENABLED" : "DISABLED",
                        Map.of("active", before.active()), Map.of("active", active));
                return new StaffGroup(code, before.name(), active);
            }
        });
    }

    @Override
    public void setPresence(Actor actor, Presence presence) {
        if (presence == null) {
            throw io.pitstop.core.api.ValidationException.field("presence", "is required");
        }
        transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                StaffMember me = member(c, actor.name()).filter(StaffMember::active)
                        .orElseThrow(() -> new NotFoundException("staff member", actor.name()));
                Presence before = presenceOf(c, me.login());
                // presence is no change of the member: the version stays, so remembered logins stay valid
                try (PreparedStatement ps = c.prepareStatement("UPDATE staff_member SET presence = ? WHERE login = ?")) {
                    ps.setString(1, presence.name());
                    ps.setString(2, me.login());
                    ps.executeUpdate();
                }
                audit.record(actor, new RecordRef(SUBJECT, idOf(c, me.login())), "PRESENCE",
                        Map.of("presence", before.name()), Map.of("presence", presence.name()));
                return null;
            }
        });
    }

    // ---- rows

    private void insertMember(Connection c, UUID id, String login, StaffDraft draft, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_member (login, id, full_name, email, phone_extension, "
                + "position_title, active, language, time_zone, password_hash, presence, version, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, login);
            ps.setString(2, id.toString());
            ps.setString(3, draft.fullName().strip());
            ps.setString(4, blankToNull(draft.email()));
            ps.setString(5, blankToNull(draft.extension()));
            ps.setString(6, blankToNull(draft.position()));
            ps.setBoolean(7, true);
            ps.setString(8, StaffRules.language(draft.language()));
            ps.setString(9, StaffRules.timeZone(draft.timeZone()));
            ps.setString(10, hash);
            ps.setString(11, Presence.AVAILABLE.name());
            ps.setLong(12, 1);
            ps.setTimestamp(13, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        insertSets(c, login, draft);
    }

    private static void insertSets(Connection c, String login, StaffDraft draft) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_role (login, role) VALUES (?, ?)")) {
            for (String role : new TreeSet<>(draft.roles())) {
                ps.setString(1, login);
                ps.setString(2, role);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_membership (login, group_code) VALUES (?, ?)")) {
            for (String group : new TreeSet<>(draft.groups())) {
                ps.setString(1, login);
                ps.setString(2, group);
                ps.executeUpdate();
            }
        }
    }

    private List<StaffMember> read(String where, List<Object> args) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, where, args);
        } catch (SQLException e) {
            throw failure("read staff members", e);
        }
    }

    private Optional<StaffMember> member(Connection c, String login) throws SQLException {
        return read(c, "WHERE login = ?", List.of(login)).stream().findFirst();
    }

    private static List<StaffMember> read(Connection c, String where, List<Object> args) throws SQLException {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM staff_member " + where
                + " ORDER BY full_name, login")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Object[] {rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getLong(10)});
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> roles = pairs(c, "SELECT login, role FROM staff_role", rows.keySet());
        Map<String, Set<String>> groups = pairs(c, "SELECT login, group_code FROM staff_membership", rows.keySet());
        List<StaffMember> members = new ArrayList<>();
        rows.forEach((login, r) -> members.add(new StaffMember(login, (String) r[0], (String) r[1], (String) r[2], (String) r[3],
                groups.getOrDefault(login, Set.of()), roles.getOrDefault(login, Set.of()), (Boolean) r[4],
                Locale.forLanguageTag((String) r[5]), ZoneId.of((String) r[6]), (Long) r[7])));
        return members;
    }

    /** login → values of a two-column table, for the logins asked (one query; a staff list is small). */
    private static Map<String, Set<String>> pairs(Connection c, String select, Collection<String> logins) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        String sql = logins.size() == 1 ? select + " WHERE login = ?" : select;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (logins.size() == 1) {
                ps.setString(1, logins.iterator().next());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (logins.contains(rs.getString(1))) {
                        out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> rolesOf(Connection c, String login) throws SQLException {
        return pairs(c, "SELECT login, role FROM staff_role", List.of(login)).getOrDefault(login, Set.of());
    }

    private Set<String> groupCodes() {
        Set<String> codes = new HashSet<>();
        groups().stream().filter(StaffGroup::active).forEach(g -> codes.add(g.code()));
        return codes;
    }

    private static Set<String> loginsIn(Connection c, String groupCode) throws SQLException {
        Set<String> logins = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT login FROM staff_membership WHERE group_code = ?")) {
            ps.setString(1, groupCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    logins.add(rs.getString(1));
                }
            }
        }
        return logins;
    }

    private static UUID groupId(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM staff_group WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("staff group", code);
                }
                return UUID.fromString(rs.getString(1).trim());
            }
        }
    }

    private static Presence presenceOf(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT presence FROM staff_member WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Presence.valueOf(rs.getString(1)) : Presence.OFF;
            }
        }
    }

    private static UUID idOf(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM staff_member WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw notFound(login);
                }
                return UUID.fromString(rs.getString(1));
            }
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void update(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Boolean b) {
                ps.setBoolean(i + 1, b);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    /** What the audit log keeps of a member: everything but secrets. */
    private static Map<String, Object> describe(StaffMember m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("login", m.login());
        out.put("fullName", m.fullName());
        out.put("email", m.email());
        out.put("extension", m.extension());
        out.put("position", m.position());
        out.put("groups", new TreeSet<>(m.groups()));
        out.put("roles", new TreeSet<>(m.roles()));
        out.put("active", m.active());
        out.put("language", m.language().toLanguageTag());
        out.put("timeZone", m.timeZone().getId());
        return out;
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.hasAnyRole(Actor.ADMIN)) {
            throw new AccessDeniedException("Only an administrator manages staff");
        }
    }

    private static NotFoundException notFound(String login) {
        return new NotFoundException("staff member", login);
    }

    private static String blankToNull(String text) {
        return StaffRules.present(text) ? text.strip() : null;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
    }
}
