package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The staff directory through REST, as an administrator and the members see it. {@link Http} signs in with the
 * login as password, so every member made here has a password equal to its login (hence logins of 8 characters
 * or more, the shortest password an administrator may set).
 */
final class StaffChecks {
    private StaffChecks() {
    }

    /** A login no other test uses, also good as its own password. */
    static String newLogin(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String memberBody(String login, String roles, String extra) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + login + "\",\"fullName\":\"Петрова Анна\",\"position\":\"Персональный менеджер\","
                + "\"email\":\"" + login + "@example.com\",\"roles\":[" + roles + "]" + extra + "}";
    }

    /** Created, signed in with basic auth, disabled: the next call is refused; enabled again, admitted again. */
    static void memberSignsInUntilDisabled(Http http) {
        String login = newLogin("petrova");
        Http.Answer created = http.post("staff", "admin", memberBody(login, "\"manager\"", ""));
        assertEquals(created.toString(), 201, created.status());
        assertEquals(login, created.json().get("login").asText());
        assertNull("no secrets in the answer", created.json().get("password"));
        assertFalse(created.body().contains("pbkdf2"));

        assertEquals(200, http.get("contacts?limit=1", login).status());
        assertTrue(logins(http.get("staff", login)).contains(login));
        assertEquals("AVAILABLE", http.get("staff/" + login, login).json().get("presence").asText());

        Http.Answer busy = http.call("PUT", "staff/me/presence", login, "{\"presence\":\"BUSY\"}");
        assertEquals(busy.toString(), 200, busy.status());
        assertEquals("BUSY", http.get("staff/" + login, "manager").json().get("presence").asText());

        Http.Answer disabled = http.post("staff/" + login + "/disable", "admin", null);
        assertEquals(disabled.toString(), 200, disabled.status());
        assertFalse(disabled.json().get("active").asBoolean());
        // the member's credentials were accepted a moment ago; their very next call is refused
        assertEquals(401, http.get("contacts?limit=1", login).status());
        assertFalse("a disabled member is not listed", logins(http.get("staff", "manager")).contains(login));
        assertTrue(logins(http.get("staff?includeDisabled=true", "admin")).contains(login));

        assertEquals(200, http.post("staff/" + login + "/enable", "admin", null).status());
        assertEquals(200, http.get("contacts?limit=1", login).status());

        Http.Answer reset = http.post("staff/" + login + "/password", "admin", "{\"password\":\"another-password-1\"}");
        assertEquals(reset.toString(), 204, reset.status());
        assertEquals("the old password is refused at once", 401, http.get("contacts?limit=1", login).status());
    }

    /** Groups: created by an administrator, read by everyone, given to members; a manager may not create one. */
    static void groupsAreAssigned(Http http) {
        String code = "sales-" + UUID.randomUUID().toString().substring(0, 6);
        Http.Answer group = http.post("staff/groups", "admin", "{\"code\":\"" + code + "\",\"name\":\"Отдел продаж\"}");
        assertEquals(group.toString(), 201, group.status());
        assertEquals(403, http.post("staff/groups", "manager", "{\"code\":\"x" + code + "\",\"name\":\"Другой\"}").status());
        String login = newLogin("sidorov");
        Http.Answer created = http.post("staff", "admin", memberBody(login, "\"support\"", ",\"groups\":[\"" + code + "\"]"));
        assertEquals(created.toString(), 201, created.status());
        assertEquals(code, created.json().get("groups").get(0).asText());
        boolean listed = false;
        for (JsonNode g : http.get("staff/groups", "support").json()) {
            listed |= g.get("code").asText().equals(code);
        }
        assertTrue(listed);
    }

    /** Unknown role or group, a taken login, a weak password, a malformed e-mail: 400 naming the field, nothing written. */
    static void badInputIsRefusedWritingNothing(Http http, DataSource dataSource) throws Exception {
        String login = newLogin("ivanova");
        assertEquals(201, http.post("staff", "admin", memberBody(login, "", "")).status());
        long rows = rows(dataSource);
        String fresh = newLogin("fresh");
        refused(http, memberBody(fresh, "\"wizard\"", ""), "roles");
        refused(http, memberBody(fresh, "", ",\"groups\":[\"no-such-group\"]"), "groups");
        refused(http, memberBody(login, "", ""), "login");
        refused(http, memberBody(login.toUpperCase(), "", ""), "login");
        refused(http, memberBody(fresh, "", "").replace("\"password\":\"" + fresh + "\"", "\"password\":\"short\""), "password");
        refused(http, memberBody(fresh, "", "").replace(fresh + "@example.com", "no-at-sign"), "email");
        Http.Answer weak = http.post("staff/" + login + "/password", "admin", "{\"password\":\"abc\"}");
        assertEquals(weak.toString(), 400, weak.status());
        assertEquals(403, http.post("staff", "manager", memberBody(fresh, "", "")).status());
        assertEquals(404, http.post("staff/no-such-login/disable", "admin", null).status());
        assertEquals("nothing written", rows, rows(dataSource));
        assertEquals(401, http.get("contacts?limit=1", fresh).status());
    }

    /**
     * Responsible staff on a contact by business line: the filter by login and «only my clients» (responsible=me)
     * find exactly the contacts a member serves; a login that is no active member is refused by its place.
     */
    static void responsibleStaffFilter(Http http, DataSource dataSource) throws Exception {
        String manager = newLogin("manager");
        assertEquals(201, http.post("staff", "admin", memberBody(manager, "\"manager\"", "")).status());
        Http.Answer mine = http.post("contacts/organizations", "manager", "{\"name\":\"ООО «Тахографы»\",\"responsible\":["
                + "{\"line\":\"tachographs\",\"login\":\"" + manager + "\"},{\"line\":\"monitoring\",\"login\":\"support\"}]}");
        assertEquals(mine.toString(), 201, mine.status());
        String mineId = Api.id(mine.json());
        JsonNode saved = mine.json().has("contact") ? mine.json().get("contact") : mine.json();
        assertEquals("tachographs", saved.get("responsible").get(0).get("line").asText());
        Http.Answer other = http.post("contacts/organizations", "manager", "{\"name\":\"ООО «Чужой клиент»\"}");
        assertEquals(201, other.status());

        assertEquals(List.of(mineId), ids(http.get("contacts?responsible=" + manager, "manager")));
        assertEquals(List.of(mineId), ids(http.get("contacts?responsible=me", manager)));
        assertTrue(ids(http.get("contacts?responsible=support&limit=1000", "manager")).contains(mineId));
        assertEquals(List.of(), ids(http.get("contacts?responsible=me", "integrator")));

        long rows = rows(dataSource);
        Http.Answer refused = http.post("contacts/organizations", "manager", "{\"name\":\"ООО «Без менеджера»\",\"responsible\":["
                + "{\"line\":\"tachographs\",\"login\":\"no-such-member\"}]}");
        assertEquals(refused.toString(), 400, refused.status());
        assertEquals("responsible[0].login", refused.json().get("errors").get(0).get("field").asText());
        assertEquals("nothing written", rows, rows(dataSource));
    }

    private static List<String> ids(Http.Answer page) {
        assertEquals(page.toString(), 200, page.status());
        List<String> out = new ArrayList<>();
        page.json().get("items").forEach(c -> out.add(c.get("id").asText()));
        return out;
    }

    /** A role a running plugin declares can be given to a member and admits them to the plugin's endpoint only. */
    static void pluginRoleWhilePluginRuns(Http http) {
        assertTrue(texts(http.get("staff/roles", "admin").json()).contains("sample-operator"));
        String login = newLogin("operator");
        Http.Answer created = http.post("staff", "admin", memberBody(login, "\"sample-operator\"", ""));
        assertEquals(created.toString(), 201, created.status());
        Http.Answer admitted = http.get("sample/operator", login);
        assertEquals(admitted.toString(), 200, admitted.status());
        assertEquals("the role is enforced", 403, http.get("sample/operator", "manager").status());
        assertEquals(403, http.get("sample/operator", "admin").status());
    }

    static void pluginRoleUnknownWithoutPlugin(Http http) {
        assertFalse(texts(http.get("staff/roles", "admin").json()).contains("sample-operator"));
        refused(http, memberBody(newLogin("operator"), "\"sample-operator\"", ""), "roles");
    }

    private static void refused(Http http, String body, String field) {
        Http.Answer a = http.post("staff", "admin", body);
        assertEquals(a.toString(), 400, a.status());
        if (field != null) {
            assertEquals(a.toString(), field, a.json().get("errors").get(0).get("field").asText());
        }
    }

    private static List<String> logins(Http.Answer list) {
        assertEquals(list.toString(), 200, list.status());
        List<String> out = new ArrayList<>();
        list.json().forEach(m -> out.add(m.get("login").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static long rows(DataSource dataSource) throws Exception {
        long total = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("staff_member", "staff_role", "staff_membership", "staff_group", "audit_log", "contact",
                    "contact_responsible")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }
}
