package io.pitstop.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Attachments and merging two contacts through REST, as a client sees them; called from {@link CoreSuite} on
 * Derby and PostgreSQL.
 */
final class FilesChecks {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The distribution's limit (etc/io.pitstop.attachments.cfg). */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private FilesChecks() {
    }

    /** An answer with the raw bytes (a download) and the JSON when there is some. */
    record Answer(int status, byte[] body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8);
        }
    }

    /** POST /api/attachments with the file as the body and its name in Content-Disposition (RFC 6266, UTF-8). */
    static Answer upload(String user, String recordType, String recordId, String name, String contentType, byte[] content) {
        String disposition = "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        HttpRequest.Builder b = request("attachments?recordType=" + recordType + "&recordId=" + recordId, user)
                .header("Content-Disposition", disposition)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    static Answer get(String path, String user) {
        return send(request(path, user).GET());
    }

    static Answer delete(String path, String user) {
        return send(request(path, user).DELETE());
    }

    private static HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + System.getProperty(
                PitstopTestSupport.HTTP_PORT_PROPERTY) + "/api/" + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same file on two records is stored once (one content row, two attachments); it downloads byte for byte
     * with its name and type; detaching one keeps the content for the other, detaching both removes it.
     */
    static void sameFileOnTwoRecordsIsStoredOnce(Api api, DataSource db) throws Exception {
        String org = api.createOrganization("ООО «Два файла»", Api.uniqueInn());
        String account = api.openAccount(org, "0");
        byte[] pdf = ("%PDF-1.4\n% договор " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        String sha = sha256(pdf);

        Answer first = upload("manager", "contact", org, "Договор №1.pdf", "application/pdf", pdf);
        assertEquals(first.toString(), 201, first.status());
        JsonNode a = first.json();
        assertEquals("Договор №1.pdf", a.get("name").asText());
        assertEquals("application/pdf", a.get("mediaType").asText());
        assertEquals(pdf.length, a.get("size").asInt());
        assertEquals(sha, a.get("sha256").asText());
        assertEquals("manager", a.get("author").asText());
        Answer second = upload("accountant", "account", account, "scan", null, pdf);
        assertEquals(second.toString(), 201, second.status());
        assertEquals("application/pdf", second.json().get("mediaType").asText());
        assertEquals(1, count(db, "SELECT COUNT(*) FROM attachment_blob WHERE sha256 = ?", sha));
        assertEquals(2, count(db, "SELECT COUNT(*) FROM attachment WHERE sha256 = ?", sha));

        Answer list = get("attachments?recordType=contact&recordId=" + org, "support");
        assertEquals(list.toString(), 200, list.status());
        assertEquals(1, list.json().size());
        assertEquals(a.get("id").asText(), list.json().get(0).get("id").asText());

        Answer content = get("attachments/" + a.get("id").asText() + "/content", "support");
        assertEquals(content.toString(), 200, content.status());
        assertArrayEquals(pdf, content.body());
        assertTrue(content.header("Content-Type"), content.header("Content-Type").startsWith("application/pdf"));
        assertTrue(content.header("Content-Disposition"), content.header("Content-Disposition")
                .contains("filename*=UTF-8''%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%20%E2%84%961.pdf"));

        assertEquals(204, delete("attachments/" + a.get("id").asText(), "manager").status());
        assertEquals(404, get("attachments/" + a.get("id").asText(), "manager").status());
        assertEquals("the other record still holds the content", 1,
                count(db, "SELECT COUNT(*) FROM attachment_blob WHERE sha256 = ?", sha));
        assertEquals(204, delete("attachments/" + second.json().get("id").asText(), "accountant").status());
        assertEquals(0, count(db, "SELECT COUNT(*) FROM attachment_blob WHERE sha256 = ?", sha));
        Answer history = get("contacts/" + org + "/audit", "manager");
        assertTrue(history.toString(), history.toString().contains("DETACH") && history.toString().contains("ATTACH"));
    }

    /**
     * Over the limit (413), a forbidden or disguised type (415), an empty file, an unsafe or missing name and an
     * unknown record (400): each names what is wrong, and nothing is written.
     */
    static void badFilesAreRefusedAndNothingIsWritten(Api api, DataSource db) throws Exception {
        String org = api.createOrganization("ООО «Плохие файлы»", Api.uniqueInn());
        long blobs = count(db, "SELECT COUNT(*) FROM attachment_blob");
        long links = count(db, "SELECT COUNT(*) FROM attachment");
        byte[] big = new byte[MAX_BYTES + 1];
        big[0] = '%';
        refused(upload("manager", "contact", org, "big.pdf", "application/pdf", big), 413, "file");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        refused(upload("manager", "contact", org, "offer.pdf", null, exe), 415, "name");
        refused(upload("manager", "contact", org, "setup", "application/octet-stream", exe), 415, "file");
        refused(upload("manager", "contact", org, "note.txt", "application/pdf", "просто текст".getBytes(StandardCharsets.UTF_8)),
                415, "Content-Type");
        refused(upload("manager", "contact", org, "empty.txt", null, new byte[0]), 400, "file");
        refused(upload("manager", "contact", org, "../../etc/passwd", null, "x".getBytes(StandardCharsets.UTF_8)), 400, "name");
        refused(upload("manager", "contact", org, "a\u0001b.txt", null, "x".getBytes(StandardCharsets.UTF_8)), 400, "name");
        refused(upload("manager", "contact", UUID.randomUUID().toString(), "a.txt", null, "x".getBytes(StandardCharsets.UTF_8)),
                400, "recordId");
        refused(upload("manager", "spaceship", org, "a.txt", null, "x".getBytes(StandardCharsets.UTF_8)), 400, "recordType");
        Answer noName = send(request("attachments?recordType=contact&recordId=" + org, "manager")
                .POST(HttpRequest.BodyPublishers.ofByteArray("x".getBytes(StandardCharsets.UTF_8))));
        refused(noName, 400, "Content-Disposition");
        assertEquals(blobs, count(db, "SELECT COUNT(*) FROM attachment_blob"));
        assertEquals(links, count(db, "SELECT COUNT(*) FROM attachment"));
    }

    /**
     * A file is read with the role its record is read with: an integrator reads contacts and their files, but not
     * accounts nor theirs; someone without a role reads none.
     */
    static void downloadsNeedTheRecordsRole(Api api) {
        String org = api.createOrganization("ООО «Роли файлов»", Api.uniqueInn());
        String account = api.openAccount(org, "0");
        byte[] text = ("выписка " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String onContact = upload("manager", "contact", org, "a.txt", "text/plain", text).json().get("id").asText();
        String onAccount = upload("accountant", "account", account, "b.txt", "text/plain", text).json().get("id").asText();
        assertEquals(200, get("attachments/" + onContact + "/content", "integrator").status());
        assertEquals(403, get("attachments/" + onAccount + "/content", "integrator").status());
        assertEquals(403, get("attachments/" + onAccount, "integrator").status());
        assertEquals(403, get("attachments?recordType=account&recordId=" + account, "integrator").status());
        assertEquals(403, get("attachments/" + onContact + "/content", "nobody").status());
        assertEquals(401, get("attachments/" + onContact + "/content", null).status());
        assertEquals(403, delete("attachments/" + onContact, "integrator").status());
        assertArrayEquals(text, get("attachments/" + onAccount + "/content", "support").body());
    }

    /**
     * Merging a duplicate through REST: the preview counts its accounts, task links and files; the merge moves them
     * to the contact kept, archives the duplicate and keeps its ledger book as it was; a second merge, the contact
     * itself and an unknown one are refused naming {@code duplicate}.
     */
    static void mergeMovesAccountsTasksAndFiles(Api api, DataSource db) throws Exception {
        Http http = api.http();
        String kept = api.createOrganization("ООО «Ромашка»", Api.uniqueInn());
        String duplicate = api.createOrganization("Ромашка ООО", Api.uniqueInn());
        String account = api.openAccount(duplicate, "0");
        api.topUp(account, "150.00");
        Http.Answer task = http.post("tasks", "manager", "{\"title\":\"Позвонить\",\"assignee\":\"manager\",\"links\":["
                + "{\"type\":\"contact\",\"id\":\"" + duplicate + "\"}]}");
        assertEquals(task.toString(), 201, task.status());
        Answer file = upload("manager", "contact", duplicate, "реквизиты.txt", null, "ИНН".getBytes(StandardCharsets.UTF_8));
        assertEquals(file.toString(), 201, file.status());
        Http.Answer comment = http.post("comments?recordType=contact&recordId=" + duplicate, "manager",
                "{\"text\":\"Это та же фирма\"}");
        assertEquals(comment.toString(), 201, comment.status());

        Http.Answer preview = http.get("contacts/" + kept + "/merge-preview?duplicate=" + duplicate, "manager");
        assertEquals(preview.toString(), 200, preview.status());
        assertEquals(1, preview.json().get("moves").get("accounts").asInt());
        assertEquals(1, preview.json().get("moves").get("tasks").asInt());
        assertEquals(1, preview.json().get("moves").get("attachments").asInt());
        assertEquals(403, http.get("contacts/" + kept + "/merge-preview?duplicate=" + duplicate, "accountant").status());

        Http.Answer merged = http.post("contacts/" + kept + "/merge", "manager",
                "{\"duplicate\":\"" + duplicate + "\",\"reason\":\"одна фирма, два ввода\"}");
        assertEquals(merged.toString(), 200, merged.status());
        // timeline entries arrive from events after each commit, so their count may grow between preview and merge
        for (String kind : new String[] {"accounts", "tasks", "attachments", "comments"}) {
            assertEquals(kind, preview.json().get("moves").get(kind), merged.json().get("moves").get(kind));
        }
        assertEquals(1, merged.json().get("moves").get("comments").asInt());
        assertTrue(merged.toString(), merged.json().get("moves").has("timeline"));

        Http.Answer acc = http.get("accounts/" + account, "accountant");
        assertEquals(kept, acc.json().get("owner").asText());
        assertEquals(0, api.balanceOf(account).compareTo(new java.math.BigDecimal("150.00")));
        Http.Answer t = http.get("tasks/" + task.json().get("id").asText(), "manager");
        assertEquals(kept, t.json().get("links").get(0).get("id").asText());
        assertEquals(file.json().get("id").asText(), get("attachments?recordType=contact&recordId=" + kept, "manager")
                .json().get(0).get("id").asText());
        assertEquals(comment.json().get("id").asText(), http.get("comments?recordType=contact&recordId=" + kept,
                "manager").json().get("items").get(0).get("id").asText());
        Http.Answer dup = http.get("contacts/" + duplicate, "manager");
        assertEquals("ARCHIVED", dup.json().get("status").asText());
        assertEquals(kept, string(db, "SELECT merged_into FROM contact WHERE id = ?", duplicate).trim());
        assertTrue(http.get("contacts/" + kept + "/audit", "manager").body().contains("одна фирма, два ввода"));

        long before = count(db, "SELECT COUNT(*) FROM account WHERE owner_id = ?", kept);
        for (String[] bad : new String[][] {{duplicate, "merged"}, {kept, "itself"}, {UUID.randomUUID().toString(), "unknown"}}) {
            Http.Answer a = http.post("contacts/" + kept + "/merge", "manager", "{\"duplicate\":\"" + bad[0] + "\",\"reason\":\"x\"}");
            assertEquals(bad[1] + ": " + a, 400, a.status());
            assertEquals(a.toString(), "duplicate", a.json().get("errors").get(0).get("field").asText());
        }
        assertEquals(before, count(db, "SELECT COUNT(*) FROM account WHERE owner_id = ?", kept));
    }

    private static void refused(Answer a, int status, String field) {
        assertEquals(a.toString(), status, a.status());
        assertTrue(a.toString(), a.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(a.toString(), field, a.json().get("errors").get(0).get("field").asText());
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long count(DataSource db, String sql, String... args) throws Exception {
        return Long.parseLong(string(db, sql, args));
    }

    private static String string(DataSource db, String sql, String... args) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setString(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
