package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;

/**
 * The KSO plugin through REST as a client sees it: programmes created and imported (a repeated id, broken rows),
 * the seed's annuity, offers at the down payment's boundary, bad input refused with nothing saved. Called from
 * {@link CoreSuite} on Derby and PostgreSQL.
 */
final class KsoChecks {
    static final String FEATURE = "pitstop-kso";
    /** A bank's file the import accepts: the bad-input suite sends it as its valid base request. */
    static final String VALID_FILE = "ID;Агентство;Программа;Ставка;Взнос min;Взнос max;Сумма min;Сумма max;Срок min;Срок max\n"
            + "900001;Проверочный банк;Проверка ввода;14,3;20;39,9999;90 000;6 900 000;24;48\n";

    private KsoChecks() {
    }

    /** Installs the plugin unless it runs already, and waits for its REST. */
    static void install(BundleContext context) throws Exception {
        Plugins.install(context, FEATURE, "kso/programmes", "admin");
    }

    static String programme(String code, String name, String rate, int priority) {
        return "{\"code\":" + (code == null ? "null" : "\"" + code + "\"") + ",\"name\":\"" + name + "\",\"bank\":\"СОБКОВАНК ПАО\","
                + "\"annualRatePercent\":" + rate + ",\"downPaymentPercentMin\":20,\"downPaymentPercentMax\":39.9999,"
                + "\"amountMin\":90000,\"amountMax\":6900000,\"termMonthsMin\":24,\"termMonthsMax\":48,\"priority\":" + priority
                + ",\"kaskoRequired\":true,\"kaskoTermMonths\":12,\"collateral\":true,\"online\":true}";
    }

    /** Creates a programme and a product as the bad-input suite's records; null when the plugin is not installed. */
    static String[] records(Http http) {
        Http.Answer p = http.post("kso/programmes", "admin", programme(null, "Проверка ввода", "14.3", 0));
        if (p.status() == 404) {
            return new String[] {null, null};
        }
        assertEquals(p.toString(), 201, p.status());
        Http.Answer product = http.post("kso/products", "admin", "{\"name\":\"Проверка ввода\",\"kind\":\"gap\",\"termMonths\":12,\"price\":49900}");
        assertEquals(product.toString(), 201, product.status());
        return new String[] {p.json().get("id").asText(), product.json().get("id").asText()};
    }

    static Http.Answer upload(String path, String user, byte[] body) {
        return Plugins.upload(path, user, "text/csv", body);
    }

    /** Programmes: create, read, change, roles; the import of a file with a repeated id and broken rows. */
    static void programmesAndImport(BundleContext context, Http http, DataSource dataSource) throws Exception {
        install(context);
        String code = "s" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer created = http.post("kso/programmes", "admin", programme(code, "Changer Direct", "14.3", 5));
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().get("id").asText();
        assertEquals(new BigDecimal("39.9999"), created.json().get("downPaymentPercentMax").decimalValue());
        assertEquals(403, http.post("kso/programmes", "manager", programme(null, "Менеджер", "10", 0)).status());
        assertEquals(200, http.get("kso/programmes/" + id, "manager").status());
        Http.Answer changed = http.call("PUT", "kso/programmes/" + id, "admin", programme(code, "Changer Direct", "13.9", 7));
        assertEquals(changed.toString(), 200, changed.status());
        assertEquals(7, http.get("kso/programmes/" + id, "manager").json().get("priority").asInt());
        assertEquals(409, http.post("kso/programmes", "admin", programme(code, "Двойник", "10", 0)).status());

        long before = count(dataSource, "kso_programme");
        String a = "i" + UUID.randomUUID().toString().substring(0, 8);
        String b = "j" + UUID.randomUUID().toString().substring(0, 8);
        String file = "ID;Агентство;Программа;Статус;Ставка;Взнос min;Взнос max;Сумма min;Сумма max;Срок min;Срок max\n"
                + a + ";Банк А;Первая;Новый;14,3;20;39,9999;90000;6900000;24;48\n"
                + b + ";Банк Б;Вторая;Новый;12;20;39,9999;90000;6900000;24;48\n"
                + b + ";Банк Б;Вторая (позже);Действует;11,5;20;39,9999;90000;6900000;24;48\n"
                + "x1;;Без банка;Новый;14,3;20;39,9999;90000;6900000;24;48\n"
                + "x2;Банк В;Срок словом;Новый;14,3;20;39,9999;90000;6900000;два;48\n"
                + code + ";СОБКОВАНК ПАО;Changer Direct;Действует;14,3;20;39,9999;90000;6900000;24;48\n";
        Http.Answer report = upload("kso/programmes/import", "admin", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(report.toString(), 200, report.status());
        assertEquals(report.toString(), 2, report.json().get("imported").asInt());
        assertEquals("the file's row for an existing id updates it", 1, report.json().get("updated").asInt());
        assertEquals(4, report.json().get("repeated").get(0).get("line").asInt());
        assertEquals(3, report.json().get("repeated").get(0).get("earlierLine").asInt());
        assertEquals(2, report.json().get("problems").size());
        assertEquals(5, report.json().get("problems").get(0).get("line").asInt());
        assertEquals("bank", report.json().get("problems").get(0).get("field").asText());
        assertEquals(6, report.json().get("problems").get(1).get("line").asInt());
        assertEquals(before + 2, count(dataSource, "kso_programme"));
        boolean laterWon = false;
        for (JsonNode p : http.get("kso/programmes", "manager").json()) {
            laterWon |= b.equals(p.path("code").asText()) && p.get("name").asText().equals("Вторая (позже)")
                    && p.get("status").asText().equals("ACTIVE");
        }
        assertTrue("the later row of a repeated id won", laterWon);
        // a file with only bad rows: refused naming each line, nothing saved
        long after = count(dataSource, "kso_programme");
        Http.Answer bad = upload("kso/programmes/import", "admin", ("ID;Агентство;Программа;Ставка;Взнос min;Взнос max;Сумма min;"
                + "Сумма max;Срок min;Срок max\nz1;Банк;X;много;20;40;1;2;24;48\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(bad.toString(), 400, bad.status());
        assertTrue(bad.toString(), bad.body().contains("line 2"));
        assertEquals(403, upload("kso/programmes/import", "manager", file.getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(after, count(dataSource, "kso_programme"));
    }

    /** The seed's annuity and a schedule whose last payment ends the balance at zero. */
    static void calculation(BundleContext context, Http http) throws Exception {
        install(context);
        Http.Answer c = http.post("kso/calculations", "manager", "{\"amount\":1829900,\"annualRatePercent\":14.3,\"termMonths\":36}");
        assertEquals(c.toString(), 200, c.status());
        assertEquals("62808.61", c.json().get("monthlyPayment").asText());
        assertEquals("431209.72", c.json().get("totalInterest").asText());
        assertEquals(36, c.json().get("schedule").size());
        assertEquals("0.00", c.json().get("schedule").get(35).get("balance").asText());
        Http.Answer balloon = http.post("kso/calculations", "manager",
                "{\"amount\":1000000,\"annualRatePercent\":10,\"termMonths\":36,\"residual\":300000}");
        assertEquals("25087.03", balloon.json().get("monthlyPayment").asText());
        assertEquals("300000.00", balloon.json().get("schedule").get(35).get("balance").asText());
        for (String body : new String[] {"{\"amount\":0,\"annualRatePercent\":10,\"termMonths\":12}",
                "{\"amount\":100000,\"annualRatePercent\":100.01,\"termMonths\":12}",
                "{\"amount\":100000,\"annualRatePercent\":-1,\"termMonths\":12}"}) {
            assertEquals(body, 400, http.post("kso/calculations", "manager", body).status());
        }
    }

    /** Offers at the down payment's boundary, sorted, with the refused programmes' reasons; bad deals refused. */
    static void offers(BundleContext context, Http http, DataSource dataSource) throws Exception {
        install(context);
        String code = "o" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer created = http.post("kso/programmes", "admin", programme(code, "Граница", "14.3", 900));
        String id = created.json().get("id").asText();
        Http.Answer ok = http.post("kso/offers", "manager", "{\"price\":1000000,\"downPayment\":399999,\"termMonths\":36}");
        assertEquals(ok.toString(), 200, ok.status());
        assertEquals("39.9999 % is allowed", id, ok.json().get("eligible").get(0).get("programmeId").asText());
        Http.Answer no = http.post("kso/offers", "manager", "{\"price\":1000000,\"downPaymentPercent\":40,\"termMonths\":36}");
        assertEquals(no.toString(), 200, no.status());
        boolean refused = false;
        for (JsonNode r : no.json().get("ineligible")) {
            refused |= r.get("programmeId").asText().equals(id) && r.get("reason").asText().equals("down-payment");
        }
        assertTrue("40 % is refused as down-payment: " + no.body(), refused);
        for (JsonNode e : no.json().get("eligible")) {
            assertFalse(e.get("programmeId").asText().equals(id));
        }
        Http.Answer seed = http.post("kso/offers?sort=payment", "manager", "{\"price\":2829900,\"downPayment\":1000000,\"termMonths\":36}");
        boolean seedPayment = false;
        for (JsonNode e : seed.json().get("eligible")) {
            seedPayment |= e.get("programmeId").asText().equals(id) && e.get("monthlyPayment").asText().equals("62808.61");
        }
        assertTrue(seed.body(), seedPayment);
        // legal help priced at 129,900 for this deal: 1,700,000 for the car makes the seed's 1,829,900 again
        Http.Answer legal = http.post("kso/products", "admin", "{\"name\":\"Юр. помощь " + code + "\",\"kind\":\"legal\","
                + "\"termMonths\":0,\"price\":180000}");
        assertEquals(legal.toString(), 201, legal.status());
        String financed = "{\"price\":2700000,\"downPayment\":1000000,\"termMonths\":36,\"financedProducts\":[\""
                + legal.json().get("id").asText() + "\"],\"financedAmounts\":[";
        Http.Answer priced = http.post("kso/offers", "manager", financed + "129900]}");
        assertEquals(priced.toString(), 200, priced.status());
        boolean pricedPayment = false;
        for (JsonNode e : priced.json().get("eligible")) {
            pricedPayment |= e.get("programmeId").asText().equals(id) && e.get("monthlyPayment").asText().equals("62808.61");
        }
        assertTrue(priced.body(), pricedPayment);
        for (String amounts : new String[] {"-1]}", "129900.001]}", "null]}", "1, 2]}"}) {
            Http.Answer a = http.post("kso/offers", "manager", financed + amounts);
            assertEquals(amounts + " -> " + a, 400, a.status());
        }
        long before = count(dataSource, "kso_programme") + count(dataSource, "audit_log");
        for (String body : new String[] {"{\"price\":1000000,\"downPayment\":1000000.01,\"termMonths\":36}",
                "{\"price\":1000000,\"downPayment\":-1,\"termMonths\":36}",
                "{\"price\":1000000,\"downPayment\":300000,\"termMonths\":600}",
                "{\"price\":1000000,\"downPayment\":300000,\"termMonths\":36,\"financedProducts\":[\"" + UUID.randomUUID() + "\"]}",
                "{\"price\":1000000,\"downPayment\":300000,\"downPaymentPercent\":30,\"termMonths\":36}"}) {
            Http.Answer a = http.post("kso/offers", "manager", body);
            assertEquals(body + " -> " + a, 400, a.status());
        }
        assertEquals(400, http.post("kso/offers?sort=cheapest", "manager", "{\"price\":1000000,\"downPayment\":300000,\"termMonths\":36}").status());
        Http.Answer badProgramme = http.post("kso/programmes", "admin", "{\"name\":\"X\",\"bank\":\"Y\",\"annualRatePercent\":101,"
                + "\"downPaymentPercentMin\":50,\"downPaymentPercentMax\":20,\"amountMin\":100,\"amountMax\":10,\"termMonthsMin\":48,\"termMonthsMax\":24}");
        assertEquals(badProgramme.toString(), 400, badProgramme.status());
        assertEquals(4, badProgramme.json().get("errors").size());
        assertEquals(before, count(dataSource, "kso_programme") + count(dataSource, "audit_log"));
    }

    static long count(DataSource dataSource, String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
