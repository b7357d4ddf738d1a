package io.pitstop.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pitstop.ledger.api.HouseBook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The bad-input suite: reads {@code /api/openapi.json} and, for every operation in it (so every plugin's
 * endpoints too, with no list of endpoints here), sends requests that are valid except for one thing and
 * checks that each is refused as a client error with a proper problem body, says nothing about Java, does
 * not echo a long input back, and leaves the database exactly as it was (row counts and a content hash of
 * every table, read through the {@code pitstop} DataSource).
 *
 * <p>Valid base requests are built from the document: required fields, formats and accepted values as the
 * resources declare them, plus the few things a schema cannot say ({@link #RULES}). Before the checks each
 * operation's base request is sent once for real (on records of its own) and must succeed; otherwise its
 * mutations would prove nothing, and that is reported as a failure of category {@code base}.
 */
final class BadInputSuite {
    private static final List<String> CORE_ROLES = List.of("admin", "manager", "accountant", "support", "integrator");
    /** A user of the test distribution without any role. */
    private static final String NO_ROLE = "nobody";
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> PAGING = Set.of("limit", "offset");
    private static final Set<Integer> BAD_VALUE = Set.of(400, 422);
    private static final Set<Integer> BAD_OR_UNKNOWN = Set.of(400, 404, 422);
    private static final Set<Integer> TOO_BIG = Set.of(400, 413, 422);
    /** What a problem body must never show a caller: Java, Jackson or framework names and stack traces. */
    private static final Pattern LEAK = Pattern.compile("java\\.|javax\\.|com\\.fasterxml|io\\.pitstop|org\\.apache|Exception|\\$");
    /** An answer may quote a short excerpt of the input, never more than this. */
    private static final int MAX_ECHO = 100;
    private static final String HUGE = "Z".repeat(200_000);
    private static final String PLACEHOLDER = "@@bad-input@@";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The records a valid request refers to, created through the API for each use. */
    record Records(String organization, String employer, String person, String relation, String account, String number, String transaction,
                   String hold, long organizationVersion, long personVersion, String task, String attachment, String comment, String staff, String job,
                   String ksoProgramme, String ksoProduct, String ksoApplication, String ksoDecided, String ksoReward,
                   String deadLetter, String clickToken, String clickLink, String legalEntity, String document,
                   String[] billing, String payment,
                   String ticket) {
    }

    /**
     * What a valid request needs that a schema cannot say, by field or parameter name: ids of real records, a
     * valid INN, posting lines that balance, a transaction type, a status the account or task can move to, a login
     * to assign a task to. Everything else comes from the document's types, formats and accepted values.
     */
    private static final Map<String, Function<Context, JsonNode>> RULES = Map.ofEntries(
            Map.entry("inn", c -> TextNode.valueOf(Api.uniqueInn())),
            Map.entry("ownerId", c -> TextNode.valueOf(c.records.organization())),
            Map.entry("to", c -> TextNode.valueOf(c.records.employer())),
            Map.entry("accountId", c -> TextNode.valueOf(c.records.account())),
            Map.entry("book", c -> TextNode.valueOf(c.records.account())),
            Map.entry("counterBook", c -> TextNode.valueOf(HouseBook.REVENUE.bookId().toString())),
            Map.entry("type", c -> TextNode.valueOf(c.path.endsWith("/relations") ? "EMPLOYEE_OF"
                    : c.path.startsWith("/jobs") ? "demo.count" : "topup")),
            Map.entry("cron", c -> TextNode.valueOf("0 3 * * *")),
            Map.entry("status", c -> TextNode.valueOf(c.path.startsWith("/tasks") ? "IN_PROGRESS"
                    : c.path.startsWith("/kso/applications") ? "questionnaire"
                    : c.path.startsWith("/tickets") ? "in_progress" : "SUSPENDED")),
            Map.entry("assignee", c -> TextNode.valueOf("manager")),
            // tickets: a department is a staff group (the suite's own group of the same code as its member)
            Map.entry("department", c -> TextNode.valueOf(c.records.staff())),
            Map.entry("recordType", c -> TextNode.valueOf("contact")),
            Map.entry("recordId", c -> TextNode.valueOf(c.records.organization())),
            Map.entry("duplicate", c -> TextNode.valueOf(c.records.employer())),
            Map.entry("people", c -> NODES.arrayNode().add("manager")),
            // KSO: a term the programmes of the run offer (a term outside every programme is refused)
            Map.entry("termMonths", c -> NODES.numberNode(36)),
            // notifications: a declared event type, a rule that names someone and can be computed, a real contact;
            // the rule is on SMS to staff by role, whom it cannot reach (staff have no phone), so the contacts the suite
            // creates afterwards queue nothing the dispatcher would send while the database is compared
            Map.entry("eventType", c -> TextNode.valueOf("contact.created")),
            Map.entry("channels", c -> NODES.arrayNode().add("sms")),
            Map.entry("schedule", c -> NODES.objectNode().put("kind", "AT_EVENT")),
            Map.entry("roles", c -> NODES.arrayNode().add("manager")),
            // the click redirect: a link its message carried
            Map.entry("u", c -> TextNode.valueOf(c.records.clickLink())),
            Map.entry("addresses", c -> NODES.arrayNode().add("manager")),
            Map.entry("staff", c -> NODES.arrayNode().add("manager")),
            Map.entry("contacts", c -> NODES.arrayNode().add(c.records.organization())),
            // KSO applications: a real client; the offer's payment is the annuity of its terms (10.00 over 36 months
            // at 10.00 %); the broker's answer is on an application the bank approved (a repeated answer is a no-op)
            Map.entry("contactId", c -> TextNode.valueOf(c.records.organization())),
            Map.entry("monthlyPayment", c -> NODES.numberNode(new BigDecimal("0.32"))),
            Map.entry("applicationId", c -> TextNode.valueOf(c.records.ksoDecided())),
            Map.entry("month", c -> TextNode.valueOf("2026-01")),
            // billing: a product of the catalogue, a tariff string, a month in which nothing is charged (runs post nothing)
            Map.entry("product", c -> TextNode.valueOf(c.records.billing()[0])),
            Map.entry("tariff", c -> TextNode.valueOf("4*350|15*100")),
            Map.entry("period", c -> TextNode.valueOf("2024-03")),
            // staff: a login no one has (created by the valid request), a password long enough, a free group code
            Map.entry("login", c -> TextNode.valueOf("input-" + UUID.randomUUID().toString().substring(0, 8))),
            Map.entry("password", c -> TextNode.valueOf("Проверка-ввода-1")),
            Map.entry("code", c -> TextNode.valueOf("group-" + UUID.randomUUID().toString().substring(0, 8))),
            Map.entry("version", c -> NODES.numberNode(c.path.startsWith("/contacts/persons")
                    ? c.records.personVersion() : c.records.organizationVersion())),
            // documents: a numbering prefix without spaces
            Map.entry("prefix", c -> TextNode.valueOf("ПВ")),
            Map.entry("lines", c -> {
                ArrayNode lines = NODES.arrayNode();
                if (c.path.startsWith("/documents")) {
                    lines.addObject().put("name", "Проверка ввода").put("quantity", 1).put("price", new BigDecimal("10.00"));
                    return lines;
                }
                lines.addObject().put("accountId", c.records.account()).put("amount", new BigDecimal("10.00")).put("currency", "RUB");
                lines.addObject().put("houseBook", "bank").put("amount", new BigDecimal("-10.00")).put("currency", "RUB");
                return lines;
            }));

    /** A path parameter's real record, by the path it stands in (a plugin's unknown path gets a random id). */
    private static String pathValue(String path, String param, Records r) {
        if (param.equals("number")) {
            return r.number();
        }
        if (param.equals("contactId")) {
            return r.organization();
        }
        if (param.equals("relationId")) {
            return r.relation();
        }
        if (param.equals("book") || path.startsWith("/accounts")) {
            return r.account();
        }
        if (path.startsWith("/contacts/persons") || path.endsWith("/relations")) {
            return r.person(); // a relation starts at the person (EMPLOYEE_OF an organisation)
        }
        if (path.startsWith("/contacts")) {
            return r.organization();
        }
        if (path.startsWith("/ledger/transactions")) {
            return r.transaction();
        }
        if (path.startsWith("/ledger/holds")) {
            return r.hold();
        }
        if (path.startsWith("/tasks")) {
            return r.task();
        }
        if (path.startsWith("/attachments")) {
            return r.attachment();
        }
        if (path.startsWith("/comments")) {
            return r.comment();
        }
        if (path.startsWith("/staff")) {
            return r.staff();
        }
        if (path.startsWith("/calendar")) {
            return "2026-01-09";
        }
        if (path.startsWith("/jobs")) {
            return r.job();
        }
        if (path.startsWith("/kso/programmes")) {
            return r.ksoProgramme();
        }
        if (path.startsWith("/kso/products")) {
            return r.ksoProduct();
        }
        if (path.startsWith("/dead-letters")) {
            return r.deadLetter();
        }
        if (path.startsWith("/notifications/o/")) {
            return UUID.randomUUID() + ".gif"; // an open pixel of no message: a picture, and nothing marked
        }
        if (path.startsWith("/notifications/c/")) {
            return r.clickToken();
        }
        if (path.startsWith("/kso/applications")) {
            return r.ksoApplication();
        }
        if (path.startsWith("/kso/rewards")) {
            return r.ksoReward();
        }
        if (path.startsWith("/legal-entities")) {
            return r.legalEntity();
        }
        if (path.startsWith("/documents")) {
            return r.document();
        }
        if (path.startsWith("/billing/products")) {
            return r.billing()[0];
        }
        if (path.startsWith("/billing/subscriptions")) {
            return r.billing()[1];
        }
        if (path.startsWith("/billing/runs")) {
            return r.billing()[2];
        }
        if (path.startsWith("/billing/accounts")) {
            return r.account();
        }
        if (path.startsWith("/payments/")) {
            return r.payment();
        }
        if (path.startsWith("/tickets")) {
            return r.ticket();
        }
        return UUID.randomUUID().toString();
    }

    private record Context(String path, Records records) {
    }

    private record Op(String method, String path, JsonNode spec) {
        String name() {
            return method + " " + path;
        }

        List<String> roles() {
            List<String> roles = new ArrayList<>();
            spec.path("x-roles").forEach(r -> roles.add(r.asText()));
            return roles;
        }

        boolean open() {
            return roles().contains("anyone");
        }

        List<JsonNode> params(String in) {
            List<JsonNode> out = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals(in)) {
                    out.add(p);
                }
            });
            return out;
        }

        JsonNode bodySchema() {
            return spec.path("requestBody").path("content").path("application/json").path("schema");
        }

        boolean hasBody() {
            return !bodySchema().isMissingNode();
        }

        /** A file as the body (an upload), not JSON. */
        boolean binaryBody() {
            return spec.path("requestBody").path("content").has("application/octet-stream");
        }
    }

    /** One request to send and what answers are acceptable. */
    private static final class Input {
        final String category;
        final Op op;
        final String description;
        String method;
        Map<String, String> pathValues;
        Map<String, String> query; // values already encoded
        Map<String, String> headers = new LinkedHashMap<>();
        String user;
        String password;
        byte[] body;
        String contentType = "application/json";
        Set<Integer> expected;
        String injected; // the longest text this input carries, for the echo check

        Input(String category, Op op, String description, Set<Integer> expected) {
            this.category = category;
            this.op = op;
            this.description = description;
            this.expected = expected;
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {
        String brief() {
            String b = body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body;
            return status + " " + headers.getOrDefault("content-type", "-") + " " + b.replace('\n', ' ');
        }
    }

    private record Failure(String category, String operation, String input, String problem, String answer) {
    }

    private final Http http;
    private final Api api;
    private final DataSource dataSource;
    private final int port;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, int[]> counts = new TreeMap<>();
    /**
     * An approved credit application and a reward of an issued one, made once per run: the way there sends them to
     * the broker, whose attempts end in the dead-letter store a few seconds later; the suite waits for that once.
     */
    private String ksoDecided;
    private String ksoReward;
    private final List<Failure> failures = new ArrayList<>();
    /** The e-mail token and link of {@link #clickable()}, made once per run. */
    private String[] click;

    BadInputSuite(Http http, DataSource dataSource) {
        this.http = http;
        this.api = new Api(http);
        this.dataSource = dataSource;
        this.port = Integer.parseInt(System.getProperty(PitstopTestSupport.HTTP_PORT_PROPERTY));
    }

    /** Runs the suite; returns the report. {@link #failures()} lists what failed. */
    String run() throws Exception {
        long started = System.currentTimeMillis();
        Http.Answer doc = http.get("openapi.json", null);
        if (doc.status() != 200) {
            throw new AssertionError("openapi.json: " + doc);
        }
        List<Op> ops = operations(doc.json());
        // each base request once for real (a write on records of its own): proof that a refusal below is the
        // mutation's doing; a DELETE or a POST without a body has nothing to mutate but its path
        Records shared = create();
        for (Op op : ops) {
            if (op.method().equals("GET")) {
                checkBase(op, shared);
            } else if (op.hasBody() || op.binaryBody()) {
                checkBase(op, create());
            }
        }
        long baseMillis = System.currentTimeMillis() - started;
        Records records = create();
        Map<String, String> before = settled();
        Map<String, List<Op>> byPath = new TreeMap<>();
        for (Op op : ops) {
            byPath.computeIfAbsent(op.path(), k -> new ArrayList<>()).add(op);
            List<Input> inputs = inputs(op, records);
            List<String> through = new ArrayList<>();
            for (Input input : inputs) {
                Answer a = send(input);
                if (a.status() < 400 || a.status() >= 500) {
                    through.add(input.category + " " + input.description + " -> " + a.status());
                }
            }
            Map<String, String> after = through.isEmpty() ? snapshot() : settled();
            count("database", changed(before, after).isEmpty() ? null : new Failure("database", op.name(), inputs.size() + " inputs",
                    "the database changed: " + changed(before, after) + (through.isEmpty() ? "" : "; answered without refusal: "
                            + String.join("; ", through.subList(0, Math.min(5, through.size())))), ""));
            before = after;
        }
        for (Map.Entry<String, List<Op>> path : byPath.entrySet()) {
            wrongMethods(path.getKey(), path.getValue(), ops, records).forEach(this::send);
        }
        Map<String, String> after = settled();
        count("database", changed(before, after).isEmpty() ? null
                : new Failure("database", "every path", "wrong methods", "the database changed: " + changed(before, after), ""));
        return report(ops.size(), baseMillis, System.currentTimeMillis() - started);
    }

    List<Failure> failures() {
        return failures;
    }

    /** The first failures grouped by category, for the assertion message. */
    String failureSummary(int max) {
        StringBuilder s = new StringBuilder(failures.size() + " bad inputs were not refused properly");
        Map<String, List<Failure>> byCategory = new TreeMap<>();
        failures.forEach(f -> byCategory.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f));
        int shown = 0;
        for (Map.Entry<String, List<Failure>> e : byCategory.entrySet()) {
            s.append("\n== ").append(e.getKey()).append(" (").append(e.getValue().size()).append(')');
            int perCategory = max == Integer.MAX_VALUE ? max : Math.max(2, max / byCategory.size());
            for (Failure f : e.getValue().subList(0, Math.min(perCategory, e.getValue().size()))) {
                if (shown++ >= max) {
                    break;
                }
                s.append("\n  ").append(f.operation()).append(" | ").append(f.input()).append(" | ").append(f.problem())
                        .append(f.answer().isEmpty() ? "" : " | " + f.answer());
            }
        }
        return s.toString();
    }

    // ------------------------------------------------------------------------------------------- the document

    private static List<Op> operations(JsonNode doc) {
        List<Op> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> verbs = path.getValue().fields();
            while (verbs.hasNext()) {
                Map.Entry<String, JsonNode> verb = verbs.next();
                ops.add(new Op(verb.getKey().toUpperCase(Locale.ROOT), path.getKey(), verb.getValue()));
            }
        }
        return ops;
    }

    /** A valid value for a schema: a rule by name, else by format, accepted values and type. */
    private JsonNode valid(String name, JsonNode schema, Context c) {
        if (schema.path("x-new-id").asBoolean()) {
            return TextNode.valueOf(UUID.randomUUID().toString());
        }
        // a rule is for ids and codes; a date parameter that happens to be called "to" is a date
        if (name != null && RULES.containsKey(name) && !schema.path("format").asText().startsWith("date")) {
            return RULES.get(name).apply(c);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asText();
        switch (format) {
            case "uuid":
                return TextNode.valueOf(UUID.randomUUID().toString());
            case "date":
            case "date-or-date-time":
                return TextNode.valueOf("2024-03-01");
            case "date-time":
                return TextNode.valueOf(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
            case "currency":
                return TextNode.valueOf("RUB");
            case "time-zone":
                return TextNode.valueOf("Europe/Moscow");
            default:
                break;
        }
        switch (schema.path("type").asText()) {
            case "number":
                return NODES.numberNode(new BigDecimal("10.00"));
            case "integer":
                return NODES.numberNode(1);
            case "boolean":
                return NODES.booleanNode(false);
            case "array":
                return NODES.arrayNode().add(valid(null, schema.path("items"), c));
            case "object":
                return object(schema, c);
            default:
                return TextNode.valueOf("Проверка ввода");
        }
    }

    /** Required fields plus the first of each group of alternatives. */
    private ObjectNode object(JsonNode schema, Context c) {
        ObjectNode o = NODES.objectNode();
        List<String> fields = new ArrayList<>();
        schema.path("required").forEach(f -> fields.add(f.asText()));
        schema.path("x-one-of").forEach(group -> fields.add(group.get(0).asText()));
        schema.path("x-any-of").forEach(group -> fields.add(group.get(0).asText()));
        for (String f : fields) {
            o.set(f, valid(f, schema.path("properties").path(f), c));
        }
        return o;
    }

    private Input base(String category, Op op, Records r, String description, Set<Integer> expected) {
        Input in = new Input(category, op, description, expected);
        in.method = op.method();
        in.user = op.open() ? null : op.roles().isEmpty() ? "admin" : op.roles().get(0);
        in.password = in.user;
        in.pathValues = new LinkedHashMap<>();
        for (JsonNode p : op.params("path")) {
            String name = p.path("name").asText();
            in.pathValues.put(name, pathValue(op.path(), name, r));
        }
        in.query = new LinkedHashMap<>();
        Context c = new Context(op.path(), r);
        for (JsonNode p : op.params("query")) {
            if (p.path("required").asBoolean()) {
                String name = p.path("name").asText();
                in.query.put(name, encode(valid(name, p.path("schema"), c).asText()));
            }
        }
        for (JsonNode p : op.params("header")) {
            if (p.path("required").asBoolean()) {
                String name = p.path("name").asText();
                in.headers.put(name, name.equalsIgnoreCase("Content-Disposition") ? "attachment; filename=\"bad-input.txt\""
                        : UUID.randomUUID().toString());
            }
        }
        if (op.path().endsWith("/change-preview")) {
            // a change is priced only inside the subscription's current cycle: today is in it, a fixed date is not
            in.body = bytes(NODES.objectNode().put("quantity", 2).put("effective", BillingChecks.today().toString()));
        } else if (op.path().endsWith("/promo-code")) {
            // a code that exists and has uses left (a made-up one is refused, as it should be)
            in.body = bytes(NODES.objectNode().put("code", r.billing()[3]));
        } else if (op.hasBody()) {
            in.body = bytes(valid(null, op.bodySchema(), c));
        } else if (op.binaryBody()) {
            // a file the operation reads for its content (a bank's programme file) must be one it accepts
            in.body = (op.path().equals("/kso/programmes/import") ? KsoChecks.VALID_FILE
                    : op.path().equals("/payments/statements") ? PaymentsChecks.VALID_FILE : "Проверка ввода\n").getBytes(StandardCharsets.UTF_8);
            in.contentType = "application/octet-stream";
        }
        return in;
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------- the inputs

    private List<Input> inputs(Op op, Records r) {
        List<Input> out = new ArrayList<>();
        if (!op.open()) {
            Input none = base("no-credentials", op, r, "no Authorization header", Set.of(401));
            none.user = null;
            out.add(none);
            Input wrong = base("wrong-credentials", op, r, "wrong password", Set.of(401));
            wrong.password = "wrong-" + wrong.user;
            out.add(wrong);
            List<String> refused = new ArrayList<>(CORE_ROLES);
            refused.removeAll(op.roles());
            refused.add(NO_ROLE);
            for (String role : refused) {
                Input in = base("wrong-role", op, r, "as " + role + " (allowed: " + op.roles() + ")", Set.of(403));
                in.user = role;
                in.password = role;
                out.add(in);
            }
        }
        if (op.method().equals("POST") && op.path().startsWith("/ledger/")) {
            // every money write takes the key, so that a retry after a lost answer is recognised
            boolean declared = op.params("header").stream().anyMatch(h -> h.path("name").asText().equalsIgnoreCase("Idempotency-Key")
                    && h.path("required").asBoolean());
            count("idempotency-key", declared ? null : new Failure("idempotency-key", op.name(), "the OpenAPI document",
                    "a ledger write without a required Idempotency-Key header", ""));
        }
        for (JsonNode h : op.params("header")) {
            String name = h.path("name").asText();
            if (h.path("required").asBoolean()) {
                Input missing = base("idempotency-key", op, r, "without " + name, BAD_VALUE);
                missing.headers.remove(name);
                out.add(missing);
                Input blank = base("idempotency-key", op, r, name + " blank", BAD_VALUE);
                blank.headers.put(name, "   ");
                out.add(blank);
                Input longKey = base("idempotency-key", op, r, name + " of 250 characters", BAD_VALUE);
                longKey.headers.put(name, "K".repeat(250));
                longKey.injected = longKey.headers.get(name);
                out.add(longKey);
            }
        }
        pathInputs(op, r, out);
        queryInputs(op, r, out);
        if (op.hasBody()) {
            bodyInputs(op, r, out);
        }
        if (op.binaryBody()) {
            fileInputs(op, r, out);
        }
        return out;
    }

    /** An upload's body: empty, or an executable under the text name and type of the base request. */
    private void fileInputs(Op op, Records r, List<Input> out) {
        Input empty = base("file", op, r, "an empty file", BAD_VALUE);
        empty.body = new byte[0];
        out.add(empty);
        Input exe = base("file", op, r, "an executable named bad-input.txt", Set.of(415));
        exe.body = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        out.add(exe);
        Input declared = base("file", op, r, "text declared as a PDF", Set.of(415));
        declared.contentType = "application/pdf";
        out.add(declared);
    }

    private void pathInputs(Op op, Records r, List<Input> out) {
        for (JsonNode p : op.params("path")) {
            String name = p.path("name").asText();
            Map<String, Set<Integer>> junk = new LinkedHashMap<>();
            junk.put("not-a-uuid", Set.of(400, 404));
            // an id of no record is unknown (404); in place of a date it is no date at all (400 as well)
            boolean date = p.path("schema").path("format").asText().startsWith("date");
            junk.put(name.equals("number") ? "0000000000000000" : UUID.randomUUID().toString(), date ? Set.of(400, 404) : Set.of(404));
            junk.put("%zz", Set.of(400, 404));
            junk.put("%G1", Set.of(400, 404));
            junk.put("1%00", Set.of(400, 404));
            for (Map.Entry<String, Set<Integer>> j : junk.entrySet()) {
                String category = j.getKey().startsWith("%") ? "malformed-escape" : j.getKey().contains("%00") ? "control-characters" : "bad-id";
                Input in = base(category, op, r, "path {" + name + "} = " + j.getKey(), j.getValue());
                in.pathValues.put(name, j.getKey());
                out.add(in);
            }
        }
    }

    private void queryInputs(Op op, Records r, List<Input> out) {
        for (JsonNode p : op.params("query")) {
            String name = p.path("name").asText();
            JsonNode schema = p.path("schema");
            Map<String, String> junk = new LinkedHashMap<>();
            junk.put("%zz", "malformed-escape");
            junk.put("%G1", "malformed-escape");
            junk.put("x%00", "control-characters");
            junk.put("x%01y", "control-characters");
            if (PAGING.contains(name)) {
                for (String v : List.of("abc", "1.5", "-1", "99999999999", "1e3")) {
                    junk.put(v, "paging");
                }
            }
            if (schema.has("enum") || schema.path("type").asText().equals("boolean")) {
                junk.put("maybe", "enum-and-boolean");
                String first = schema.has("enum") ? schema.get("enum").get(0).asText() : "true";
                junk.put("%20" + first, "enum-and-boolean");
                junk.put(flipCase(first), "enum-and-boolean");
            }
            String format = schema.path("format").asText();
            if (format.startsWith("date")) {
                junk.put("2024-02-30", "bad-format");
                junk.put("yesterday", "bad-format");
            }
            for (Map.Entry<String, String> j : junk.entrySet()) {
                Input in = base(j.getValue(), op, r, "query " + name + "=" + j.getKey(), BAD_VALUE);
                in.query.put(name, j.getKey());
                out.add(in);
            }
            if (p.path("required").asBoolean()) {
                Input in = base("missing-required", op, r, "without query " + name, BAD_VALUE);
                in.query.remove(name);
                out.add(in);
            }
        }
        if (op.method().equals("GET") && op.params("query").stream().anyMatch(p -> p.path("name").asText().equals("sort"))) {
            Input in = base("control-characters", op, r, "query sort=name%00", BAD_VALUE);
            in.query.put("sort", "name%00");
            out.add(in);
        }
    }

    private static String flipCase(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.equals(s) ? s.toUpperCase(Locale.ROOT) : lower;
    }

    /** A body field to mutate: its place in the base body and its schema. */
    private record Field(List<String> at, String name, JsonNode schema) {
        String label() {
            return String.join(".", at).replace(".0.", "[0].");
        }
    }

    private void bodyInputs(Op op, Records r, List<Input> out) {
        Context c = new Context(op.path(), r);
        JsonNode schema = op.bodySchema();
        ObjectNode good = (ObjectNode) valid(null, schema, c);
        // the whole body
        for (String media : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            Input in = base("media-type", op, r, "Content-Type " + media, Set.of(415));
            in.contentType = media;
            out.add(in);
        }
        Input noType = base("media-type", op, r, "no Content-Type", Set.of(400, 415));
        noType.contentType = null;
        out.add(noType);
        for (String text : List.of("", "{", "[]", "null", "\"text\"", "123", "{} {}", "{\"a\":1,}", "{'name':'x'}")) {
            out.add(raw("malformed-json", op, r, "body " + (text.isEmpty() ? "empty" : text), text.getBytes(StandardCharsets.UTF_8)));
        }
        byte[] badUtf8 = "{\"x\":\"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);
        out.add(raw("malformed-json", op, r, "body not UTF-8", badUtf8));
        out.add(withRaw("unknown-field", op, r, good, List.of("zzUnknown"), "1", "unknown field zzUnknown"));
        // each field, at the top and inside the first element of an array of objects
        List<Field> fields = new ArrayList<>();
        collect(schema, good, List.of(), fields);
        for (Field f : fields) {
            fieldInputs(op, r, good, f, schema, out);
        }
        // alternatives: none, or two at once
        requiredAndGroups(op, r, good, schema, List.of(), out, c);
        JsonNode items = schema.path("properties");
        items.fields().forEachRemaining(e -> {
            if (e.getValue().path("items").path("type").asText().equals("object") && good.path(e.getKey()).isArray()) {
                requiredAndGroups(op, r, good, e.getValue().path("items"), List.of(e.getKey(), "0"), out, c);
            }
        });
    }

    private static void collect(JsonNode schema, JsonNode good, List<String> at, List<Field> out) {
        schema.path("properties").fields().forEachRemaining(e -> {
            List<String> here = new ArrayList<>(at);
            here.add(e.getKey());
            out.add(new Field(here, e.getKey(), e.getValue()));
            JsonNode items = e.getValue().path("items");
            if (items.path("type").asText().equals("object") && good.path(e.getKey()).isArray() && good.path(e.getKey()).size() > 0) {
                List<String> inner = new ArrayList<>(here);
                inner.add("0");
                collect(items, good.path(e.getKey()).get(0), inner, out);
            }
        });
    }

    private void requiredAndGroups(Op op, Records r, ObjectNode good, JsonNode schema, List<String> at, List<Input> out, Context c) {
        String prefix = at.isEmpty() ? "" : String.join(".", at).replace(".0", "[0]") + ".";
        for (JsonNode req : schema.path("required")) {
            List<String> place = new ArrayList<>(at);
            place.add(req.asText());
            out.add(without("missing-required", op, r, good, place, "without " + prefix + req.asText()));
            out.add(withRaw("missing-required", op, r, good, place, "null", prefix + req.asText() + " = null"));
        }
        for (JsonNode group : schema.path("x-any-of")) {
            ObjectNode none = good.deepCopy();
            ObjectNode target = (ObjectNode) locate(none, at);
            group.forEach(m -> target.remove(m.asText()));
            out.add(raw("missing-required", op, r, "none of " + prefix + group, bytes(none)));
        }
        for (JsonNode group : schema.path("x-one-of")) {
            List<String> members = new ArrayList<>();
            group.forEach(m -> members.add(m.asText()));
            ObjectNode none = good.deepCopy();
            ObjectNode target = (ObjectNode) locate(none, at);
            members.forEach(target::remove);
            out.add(raw("missing-required", op, r, "none of " + prefix + members, bytes(none)));
            ObjectNode both = good.deepCopy();
            ObjectNode t2 = (ObjectNode) locate(both, at);
            String second = members.get(1);
            t2.set(second, valid(second, schema.path("properties").path(second), c));
            out.add(raw("one-of", op, r, "both " + prefix + members.get(0) + " and " + second, bytes(both)));
        }
    }

    private void fieldInputs(Op op, Records r, ObjectNode good, Field f, JsonNode root, List<Input> out) {
        String type = f.schema().path("type").asText();
        String label = f.label();
        JsonNode current = locate(good, f.at());
        boolean present = current != null && !current.isMissingNode();
        String validText = present && current.isTextual() ? current.asText() : "Проверка";
        Map<String, String> wrongTypes = new LinkedHashMap<>();
        switch (type) {
            case "string" -> {
                wrongTypes.put("5", "number");
                wrongTypes.put("true", "boolean");
                wrongTypes.put("{}", "object");
                wrongTypes.put("[" + TextNode.valueOf(validText) + "]", "array");
                text(op, r, good, f, validText, out);
            }
            case "number" -> {
                wrongTypes.put("\"10.00\"", "text");
                wrongTypes.put("true", "boolean");
                wrongTypes.put("{}", "object");
                wrongTypes.put("[10.00]", "array");
                // a percentage keeps four decimals (39.9999 %): one more is the mistake
                String tooPrecise = f.name().contains("Percent") ? "10.00005" : "10.005";
                for (String n : List.of(tooPrecise, "1e400", "\"NaN\"", "NaN", "\"Infinity\"", "-1e-400", "99999999999999999999999.00")) {
                    out.add(withRaw("bad-number", op, r, good, f.at(), n, label + " = " + n));
                }
                if (f.schema().path("exclusiveMinimum").asBoolean()) {
                    out.add(withRaw("bad-number", op, r, good, f.at(), "-10.00", label + " = -10.00 (must be positive)"));
                    out.add(withRaw("bad-number", op, r, good, f.at(), "0", label + " = 0 (must be positive)"));
                }
            }
            case "integer" -> {
                wrongTypes.put("\"1\"", "text");
                wrongTypes.put("true", "boolean");
                wrongTypes.put("1.5", "fraction");
                wrongTypes.put("[1]", "array");
                for (String n : List.of("99999999999999999999", "-1", "1e400")) {
                    out.add(withRaw("bad-number", op, r, good, f.at(), n, label + " = " + n));
                }
            }
            case "boolean" -> {
                wrongTypes.put("\"true\"", "text");
                wrongTypes.put("1", "number");
                wrongTypes.put("\"yes\"", "text");
                wrongTypes.put("{}", "object");
            }
            case "array" -> {
                wrongTypes.put("\"x\"", "text");
                wrongTypes.put("{}", "object");
                wrongTypes.put("5", "number");
                if (f.schema().path("items").path("type").asText().equals("string")) {
                    wrongTypes.put("[5]", "array of numbers");
                    out.add(withRaw("control-characters", op, r, good, f.at(), "[\"x\\u0000\"]", label + " = [\"x\\u0000\"]"));
                    out.add(withRaw("invisible-text", op, r, good, f.at(), "[\"\\u200b\\u200b\"]", label + " = [zero-width spaces]"));
                    out.add(withRaw("lone-surrogate", op, r, good, f.at(), "[\"x\\ud800\"]", label + " = [\"x\\ud800\"]"));
                }
            }
            case "object" -> {
                wrongTypes.put("\"x\"", "text");
                wrongTypes.put("[]", "array");
                wrongTypes.put("5", "number");
            }
            default -> {
            }
        }
        for (Map.Entry<String, String> w : wrongTypes.entrySet()) {
            out.add(withRaw("wrong-type", op, r, good, f.at(), w.getKey(), label + " = " + w.getKey() + " (" + w.getValue() + ")"));
        }
        if (present && f.at().size() == 1) {
            String value = current.toString();
            out.add(withRaw("duplicate-key", op, r, good, f.at(), value + ",\"" + f.name() + "\":" + value, label + " twice"));
        }
    }

    private void text(Op op, Records r, ObjectNode good, Field f, String validText, List<Input> out) {
        String label = f.label();
        for (String bad : List.of(validText + "\u0000", "\u0001" + validText, validText + "\u001b[2J", validText + "\u007f", "\u0000")) {
            out.add(withText("control-characters", op, r, good, f.at(), bad, label + " = " + visible(bad)));
        }
        for (String bad : List.of("\u200b\u200b", "\ufeff", "\u2060\u200d", " \u200b ")) {
            out.add(withText("invisible-text", op, r, good, f.at(), bad, label + " = " + visible(bad)));
        }
        out.add(withRaw("lone-surrogate", op, r, good, f.at(), "\"x\\ud800\"", label + " = \"x\\ud800\""));
        out.add(withRaw("lone-surrogate", op, r, good, f.at(), "\"\\udc00\"", label + " = \"\\udc00\""));
        Input huge = withText("huge-string", op, r, good, f.at(), HUGE, label + " = 200 KB of Z");
        huge.expected = TOO_BIG;
        out.add(huge);
        JsonNode schema = f.schema();
        if (schema.has("enum")) {
            for (String bad : List.of("nope", " " + schema.get("enum").get(0).asText(), flipCase(schema.get("enum").get(0).asText()))) {
                out.add(withText("enum-and-boolean", op, r, good, f.at(), bad, label + " = '" + bad + "'"));
            }
        }
        switch (schema.path("format").asText()) {
            case "uuid" -> {
                out.add(withText("bad-id", op, r, good, f.at(), "not-a-uuid", label + " = not-a-uuid"));
                if (schema.path("x-new-id").asBoolean()) {
                    break; // any new id is valid here
                }
                Input unknown = withText("bad-id", op, r, good, f.at(), UUID.randomUUID().toString(), label + " = unknown id");
                unknown.expected = BAD_OR_UNKNOWN;
                out.add(unknown);
            }
            case "date" -> {
                out.add(withText("bad-format", op, r, good, f.at(), "2024-02-30", label + " = 2024-02-30"));
                out.add(withText("bad-format", op, r, good, f.at(), "01.03.2024", label + " = 01.03.2024"));
            }
            case "date-time" -> {
                out.add(withText("bad-format", op, r, good, f.at(), "tomorrow", label + " = tomorrow"));
                out.add(withText("bad-format", op, r, good, f.at(), "2030-02-30T10:00:00Z", label + " = 2030-02-30T10:00:00Z"));
            }
            case "currency" -> {
                out.add(withText("bad-format", op, r, good, f.at(), "XYZ", label + " = XYZ"));
                out.add(withText("bad-format", op, r, good, f.at(), "rub", label + " = rub"));
                out.add(withText("bad-format", op, r, good, f.at(), " RUB", label + " = ' RUB'"));
            }
            case "time-zone" -> out.add(withText("bad-format", op, r, good, f.at(), "Mars/Olympus", label + " = Mars/Olympus"));
            default -> {
            }
        }
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            b.append(ch < 0x20 || ch == 0x7f || (ch >= 0x200b && ch <= 0x2060) || ch == 0xfeff ? String.format("\\u%04x", (int) ch) : ch);
        }
        return b.append('"').toString();
    }

    private static JsonNode locate(JsonNode root, List<String> at) {
        JsonNode n = root;
        for (String step : at) {
            n = n.isArray() ? n.path(Integer.parseInt(step)) : n.path(step);
        }
        return n;
    }

    private Input raw(String category, Op op, Records r, String description, byte[] body) {
        Input in = base(category, op, r, description, BAD_VALUE);
        in.body = body;
        return in;
    }

    private Input withText(String category, Op op, Records r, ObjectNode good, List<String> at, String text, String description) {
        ObjectNode copy = good.deepCopy();
        ((ObjectNode) locate(copy, at.subList(0, at.size() - 1))).put(at.get(at.size() - 1), text);
        Input in = raw(category, op, r, description, bytes(copy));
        in.injected = text;
        return in;
    }

    /** The base body with one field's JSON text replaced by {@code rawJson} (which may be no valid JSON at all). */
    private Input withRaw(String category, Op op, Records r, ObjectNode good, List<String> at, String rawJson, String description) {
        ObjectNode copy = good.deepCopy();
        ((ObjectNode) locate(copy, at.subList(0, at.size() - 1))).put(at.get(at.size() - 1), PLACEHOLDER);
        String text = new String(bytes(copy), StandardCharsets.UTF_8).replace("\"" + PLACEHOLDER + "\"", rawJson);
        return raw(category, op, r, description, text.getBytes(StandardCharsets.UTF_8));
    }

    private Input without(String category, Op op, Records r, ObjectNode good, List<String> at, String description) {
        ObjectNode copy = good.deepCopy();
        ((ObjectNode) locate(copy, at.subList(0, at.size() - 1))).remove(at.get(at.size() - 1));
        return raw(category, op, r, description, bytes(copy));
    }

    /**
     * Methods no operation of this path has. A method that another path's template takes for this one (DELETE
     * /contacts/{id} for /contacts/duplicates) is that operation with a strange id, not a wrong method.
     */
    private List<Input> wrongMethods(String path, List<Op> ops, List<Op> all, Records r) {
        List<Input> out = new ArrayList<>();
        Set<String> allowed = new java.util.HashSet<>();
        ops.forEach(o -> allowed.add(o.method()));
        for (Op other : all) {
            if (!other.path().equals(path) && path.matches(other.path().replaceAll("\\{[^}]+}", "[^/]+"))) {
                allowed.add(other.method());
            }
        }
        for (String method : METHODS) {
            if (!allowed.contains(method)) {
                Input in = base("wrong-method", ops.get(0), r, method + " " + path + " (allowed: " + allowed + ")", Set.of(405));
                in.method = method;
                in.user = "admin";
                in.password = "admin";
                in.body = method.equals("GET") || method.equals("DELETE") ? null : "{}".getBytes(StandardCharsets.UTF_8);
                out.add(in);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- sending and checking

    private Answer send(Input in) {
        Answer a = http(in);
        check(in, a);
        return a;
    }

    private void check(Input in, Answer a) {
        String problem = null;
        if (!in.expected.contains(a.status())) {
            problem = "expected " + in.expected + ", got " + a.status();
        } else if (!a.headers().getOrDefault("content-type", "").startsWith("application/problem+json")) {
            problem = "Content-Type is " + a.headers().get("content-type") + ", not application/problem+json";
        } else {
            problem = problemBody(a);
        }
        if (problem == null && LEAK.matcher(a.body()).find()) {
            java.util.regex.Matcher m = LEAK.matcher(a.body());
            m.find();
            problem = "names Java internals ('" + m.group() + "')";
        }
        if (problem == null && echoes(in, a.body())) {
            problem = "echoes more than " + MAX_ECHO + " characters of the input";
        }
        count(in.category, problem == null ? null : new Failure(in.category, in.op.name(), in.description, problem, a.brief()));
    }

    private String problemBody(Answer a) {
        JsonNode p;
        try {
            p = json.readTree(a.body());
        } catch (IOException e) {
            return "problem body is not JSON";
        }
        for (String field : List.of("type", "title", "detail")) {
            if (!p.path(field).isTextual() || p.path(field).asText().isBlank()) {
                return "problem body has no " + field;
            }
        }
        if (p.path("status").asInt(-1) != a.status()) {
            return "problem status " + p.path("status") + " is not the HTTP status " + a.status();
        }
        return null;
    }

    private static boolean echoes(Input in, String answer) {
        if (in.injected != null && in.injected.length() > MAX_ECHO && answer.contains(in.injected.substring(0, MAX_ECHO + 1))) {
            return true;
        }
        if (in.body != null && in.body.length > MAX_ECHO && in.body.length <= 16_384) {
            String body = new String(in.body, StandardCharsets.UTF_8);
            for (int i = 0; i + MAX_ECHO < body.length(); i += 20) {
                if (answer.contains(body.substring(i, i + MAX_ECHO + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void count(String category, Failure failure) {
        int[] c = counts.computeIfAbsent(category, k -> new int[3]);
        c[0]++;
        if (failure == null) {
            c[1]++;
        } else {
            c[2]++;
            failures.add(failure);
        }
    }

    private void checkBase(Op op, Records r) {
        Input in = base("base", op, r, "the valid base request", Set.of());
        Answer a = http(in);
        // a redirect is the whole answer of some operations (the click of an e-mail's link)
        boolean ok = a.status() >= 200 && a.status() < 300 || a.status() == 303 && a.headers().containsKey("location");
        count("base", ok ? null : new Failure("base", op.name(), new String(in.body == null ? new byte[0] : in.body,
                StandardCharsets.UTF_8), "the valid base request was refused (a suite bug or a server bug: its mutations prove "
                + "nothing)", a.brief()));
    }

    /** One request over a plain socket: malformed escapes, NUL and broken UTF-8 must reach the server as written. */
    private Answer http(Input in) {
        String path = in.op.path();
        for (Map.Entry<String, String> p : in.pathValues.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        StringBuilder target = new StringBuilder("/api").append(path);
        char sep = '?';
        for (Map.Entry<String, String> q : in.query.entrySet()) {
            target.append(sep).append(q.getKey()).append('=').append(q.getValue());
            sep = '&';
        }
        StringBuilder head = new StringBuilder(in.method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\nConnection: close\r\nAccept: application/json\r\n");
        if (in.user != null) {
            String token = Base64.getEncoder().encodeToString((in.user + ":" + in.password).getBytes(StandardCharsets.UTF_8));
            head.append("Authorization: Basic ").append(token).append("\r\n");
        }
        in.headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (in.body != null) {
            if (in.contentType != null) {
                head.append("Content-Type: ").append(in.contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(in.body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream o = socket.getOutputStream();
            o.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (in.body != null) {
                o.write(in.body);
            }
            o.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            return new Answer(-1, Map.of(), "no answer: " + e);
        }
    }

    private static Answer parse(byte[] raw) {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(-1, Map.of(), "malformed answer: " + all);
        }
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int lineEnd = i;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(body, lineEnd + 2, Math.min(n, body.length - lineEnd - 2));
            i = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------- records and database

    /** Fresh records for a valid request to refer to, created as a client would. */
    private Records create() throws InterruptedException {
        String org = api.createOrganization("ООО «Плохой ввод»", Api.uniqueInn());
        Http.Answer person = http.post("contacts/persons", "manager", "{\"lastName\":\"Проверкина\",\"firstName\":\"Ольга\"}");
        expect(person, 201);
        String personId = Api.id(person.json());
        Http.Answer relation = http.post("contacts/" + personId + "/relations", "manager",
                "{\"type\":\"EMPLOYEE_OF\",\"to\":\"" + org + "\",\"position\":\"Бухгалтер\"}");
        expect(relation, 201);
        Http.Answer account = http.post("accounts", "accountant", "{\"ownerId\":\"" + org + "\",\"creditLimit\":0}");
        expect(account, 201);
        String accountId = account.json().get("id").asText();
        Http.Answer tx = api.post(UUID.randomUUID().toString(), "topup", accountId, "1000.00", "bank");
        expect(tx, 201);
        Http.Answer hold = http.post("ledger/holds", "accountant", "{\"accountId\":\"" + accountId
                + "\",\"amount\":100.00,\"currency\":\"RUB\",\"reason\":\"Проверка ввода\"}", "Idempotency-Key", UUID.randomUUID().toString());
        expect(hold, 201);
        Http.Answer task = http.post("tasks", "manager", "{\"title\":\"Проверка ввода\",\"assignee\":\"manager\","
                + "\"checklist\":[\"Проверка ввода\",\"Проверка ввода\"]}");
        expect(task, 201);
        FilesChecks.Answer file = FilesChecks.upload("manager", "contact", org, "bad-input.txt", "text/plain",
                "Проверка ввода".getBytes(StandardCharsets.UTF_8));
        if (file.status() != 201) {
            throw new AssertionError("setting up the bad-input suite: " + file);
        }
        // by an administrator: the first role of the comment operations, and only its author may change a comment
        Http.Answer comment = http.post("comments?recordType=contact&recordId=" + org, "admin", "{\"text\":\"Проверка ввода\"}");
        expect(comment, 201);
        String staff = "input-" + UUID.randomUUID().toString().substring(0, 8);
        expect(http.post("staff", "admin", "{\"login\":\"" + staff + "\",\"password\":\"" + staff
                + "\",\"fullName\":\"Проверка ввода\"}"), 201);
        // a group under the same code, so that /staff/groups/{code} finds one as /staff/{login} finds the member
        expect(http.post("staff/groups", "admin", "{\"code\":\"" + staff + "\",\"name\":\"Проверка ввода\"}"), 201);
        // a run that is over at once, so the database is still when the mutations start
        Http.Answer job = http.post("jobs", "admin", "{\"type\":\"demo.count\",\"parameters\":[{\"name\":\"steps\",\"value\":\"1\"},"
                + "{\"name\":\"stepMillis\",\"value\":\"0\"}]}");
        expect(job, 201);
        String[] kso = KsoChecks.records(http);
        String[] billing = BillingChecks.records(http, accountId);
        String[] click = clickable();
        String application = kso[0] == null ? null : KsoApplicationChecks.draftApplication(http, org);
        if (kso[0] != null && ksoDecided == null) {
            String[] once = KsoApplicationChecks.decidedAndIssued(http, org);
            ksoDecided = once[0];
            ksoReward = once[1];
        }
        // our legal entity (the default one when it is the first) and an invoice it issued
        String legalEntity = DocsChecks.createEntity(http, "Проверка ввода", DocsChecks.VALID_ACCOUNT);
        Http.Answer document = http.post("documents", "accountant", "{\"kind\":\"invoice\",\"series\":{\"prefix\":\"ПВ\","
                + "\"reset\":\"RUNNING\"},\"issuer\":\"" + legalEntity + "\",\"date\":\"2026-03-01\",\"buyer\":{\"name\":\"Проверка ввода\"},"
                + "\"lines\":[{\"name\":\"Проверка ввода\",\"quantity\":1,\"price\":10.00}]}");
        expect(document, 201);
        return new Records(org, api.createOrganization("ООО «Работодатель»", Api.uniqueInn()), personId, relation.json().get("id").asText(), accountId, account.json().get("number").asText(),
                tx.json().get("id").asText(), hold.json().get("id").asText(), version(org), version(personId),
                task.json().get("id").asText(), file.json().get("id").asText(),
                comment.json().get("id").asText(), staff, job.json().get("id").asText(), kso[0], kso[1], application,
                ksoDecided, ksoReward, LettersChecks.openLetter("bad-input").id().toString(), click[0], click[1],
                legalEntity, document.json().get("id").asText(), billing,
                PaymentsChecks.queued(http), ticket(staff));
    }

    /**
     * A ticket of a client with an e-mail address (a reply needs one), in the suite's group; null while the ticketing
     * plugin is not installed. The rules of the ticket replies are removed first, so the suite's tickets and replies
     * queue no mail: its sending would change the journal and the dead letters while the database is compared.
     */
    private String ticket(String group) {
        Http.Answer rules = http.get("notifications/rules?eventType=ticket.reply", "admin");
        if (rules.status() == 200) {
            for (JsonNode rule : rules.json()) {
                expect(http.call("DELETE", "notifications/rules/" + rule.get("id").asText(), "admin", null), 204);
            }
        }
        Http.Answer client = http.post("contacts/persons", "manager", "{\"lastName\":\"Проверкина\",\"emails\":[\"input-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org\"]}");
        expect(client, 201);
        Http.Answer t = http.post("tickets", "support", "{\"contactId\":\"" + Api.id(client.json()) + "\",\"subject\":"
                + "\"Проверка ввода\",\"body\":\"Проверка ввода\",\"department\":\"" + group + "\"}");
        if (t.status() == 404) {
            return null;
        }
        expect(t, 201);
        return t.json().get("ticket").get("id").asText();
    }

    /**
     * The token of an e-mail and a link it carried, made once through the API as a client would (a template with a
     * link, a rule to an explicit address, an event) and read from the journal's table: the token is not in any
     * answer, as it is only for the mail reader. The message is due the evening before a visit in 2099, so the
     * dispatcher leaves it alone while the database is compared; the rule is removed at once, so later events of the
     * type queue nothing of the suite's.
     */
    private String[] clickable() {
        if (click != null) {
            return click;
        }
        String type = "service.visit-booked";
        expect(http.post("notifications/templates", "admin", "{\"eventType\":\"" + type + "\",\"channel\":\"email\","
                + "\"language\":\"ru\",\"subject\":\"Проверка ввода\",\"body\":\"Проверка ввода: https://example.com/bad-input?id=1\"}"), 200);
        Http.Answer rule = http.post("notifications/rules", "admin", "{\"name\":\"Проверка ввода\",\"eventType\":\"" + type
                + "\",\"channels\":[\"email\"],\"schedule\":{\"kind\":\"DAY_BEFORE_AT\",\"dateField\":\"datetime\","
                + "\"at\":\"20:00\"},\"addresses\":[\"bad-input@example.com\"]}");
        expect(rule, 201);
        Http.Answer raised;
        try {
            raised = http.post("notifications/events", "admin", "{\"id\":\"" + UUID.randomUUID() + "\",\"eventType\":\"" + type
                    + "\",\"fields\":[{\"name\":\"datetime\",\"value\":\"2099-06-01T10:00:00+03:00\"}]}");
        } finally {
            expect(http.call("DELETE", "notifications/rules/" + rule.json().get("id").asText(), "admin", null), 204);
        }
        expect(raised, 201);
        if (raised.json().size() != 1) {
            throw new AssertionError("setting up the bad-input suite: one e-mail expected, queued " + raised.body());
        }
        String message = raised.json().get(0).get("id").asText();
        try (Connection c = dataSource.getConnection();
             PreparedStatement token = c.prepareStatement("SELECT token FROM notification_message WHERE id = ?");
             PreparedStatement link = c.prepareStatement(
                     "SELECT url FROM notification_link WHERE message_id = ? ORDER BY link_order")) {
            token.setString(1, message);
            link.setString(1, message);
            try (ResultSet t = token.executeQuery(); ResultSet l = link.executeQuery()) {
                if (!t.next() || !l.next()) {
                    throw new AssertionError("setting up the bad-input suite: message " + message + " has no token or no link");
                }
                click = new String[] {t.getString(1).trim(), l.getString(1)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the e-mail's token for the bad-input suite", e);
        }
        return click;
    }

    private long version(String contact) {
        Http.Answer a = http.get("contacts/" + contact, "manager");
        expect(a, 200);
        return a.json().get("version").asLong();
    }

    private static void expect(Http.Answer a, int status) {
        if (a.status() != status) {
            throw new AssertionError("setting up the bad-input suite: " + a);
        }
    }

    /**
     * The database once background work has finished: the seal job (every second) and the outbox dispatcher
     * (four times a second) still write for a moment after a change, so wait until two readings agree.
     */
    private Map<String, String> settled() throws InterruptedException {
        Map<String, String> last = snapshot();
        for (int i = 0; i < 40; i++) {
            Thread.sleep(500);
            Map<String, String> now = snapshot();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the database never settled; still changing: " + last);
    }

    /** Row count and an order-independent content hash of every table (nothing is left out). */
    private Map<String, String> snapshot() {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String[]> names = new ArrayList<>();
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && (schema.startsWith("SYS") || schema.equalsIgnoreCase("information_schema")
                            || schema.startsWith("pg_"))) {
                        continue;
                    }
                    names.add(new String[] {schema, rs.getString("TABLE_NAME")});
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String[] t : names) {
                String table = (t[0] == null ? "" : "\"" + t[0] + "\".") + "\"" + t[1] + "\"";
                long rows = 0;
                long sum = 0;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            sha.update(text(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                        byte[] d = sha.digest();
                        sum += java.nio.ByteBuffer.wrap(d).getLong();
                        rows++;
                    }
                }
                tables.put(t[1].toLowerCase(Locale.ROOT), rows + " rows, hash " + Long.toHexString(sum));
            }
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot read the database for the bad-input suite", e);
        }
        return tables;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof Blob b) {
            return Base64.getEncoder().encodeToString(b.getBytes(1, (int) b.length()));
        }
        if (value instanceof Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return String.valueOf(value);
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                out.add(e.getKey() + " (" + before.get(e.getKey()) + " -> " + e.getValue() + ")");
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- report

    private String report(int operations, long baseMillis, long millis) {
        StringBuilder s = new StringBuilder(String.format("Bad-input suite: %d operations from /api/openapi.json, %d s "
                + "(base requests and their records %d s)%n", operations, millis / 1000, baseMillis / 1000));
        s.append(String.format("%-22s %7s %7s %7s%n", "category", "sent", "passed", "failed"));
        int[] total = new int[3];
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            s.append(String.format("%-22s %7d %7d %7d%n", e.getKey(), c[0], c[1], c[2]));
            if (!e.getKey().equals("database") && !e.getKey().equals("base")) {
                for (int i = 0; i < 3; i++) {
                    total[i] += c[i];
                }
            }
        }
        s.append(String.format("%-22s %7d %7d %7d%n", "inputs (all but base and database)", total[0], total[1], total[2]));
        return s.toString();
    }

    int inputsSent() {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals("database") && !e.getKey().equals("base"))
                .mapToInt(e -> e.getValue()[0]).sum();
    }

    /** The counts into bad-input-report-NAME.txt (the build prints it), every failure into bad-input-failures-NAME.txt. */
    void write(String report, String name) {
        try {
            Path dir = Path.of(System.getProperty("pitstop.itest.target", "target"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("bad-input-report-" + name + ".txt"), report);
            Files.writeString(dir.resolve("bad-input-failures-" + name + ".txt"), failureSummary(Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the bad-input report", e);
        }
    }
}
