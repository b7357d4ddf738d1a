package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.osgi.framework.BundleContext;

/**
 * The billing plugin through REST as an accountant sees it: a product in the catalogue, subscriptions, a top-up, a
 * preview that posts nothing, the month's run charging and reserving next month, a rerun charging nothing more,
 * short funds suspending an account and a top-up resuming it by itself; the tariff strings of seed 001; the
 * proration preview. Called from {@link CoreSuite} on Derby and PostgreSQL.
 */
final class BillingChecks {
    static final String FEATURE = "pitstop-billing";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private BillingChecks() {
    }

    /** Installs the plugin unless it runs already, and waits for its REST. */
    static void install(BundleContext context) throws Exception {
        Plugins.install(context, FEATURE, "billing/products", "accountant");
    }

    /** Today where the checks' accounts live (Moscow, their default zone). */
    static LocalDate today() {
        return LocalDate.now(MOSCOW);
    }

    /**
     * The bad-input suite's records: a product, a monthly subscription on the suite's account and a finished run that
     * charged nothing (a month before the subscription), a promo code any subscription takes; nulls when the plugin
     * is not installed.
     */
    static String[] records(Http http, String account) throws InterruptedException {
        if (http.get("billing/products", "accountant").status() == 404) {
            return new String[] {null, null, null, null};
        }
        String code = product(http, "10");
        String sub = subscribe(http, account, code, 1);
        Http.Answer started = http.post("billing/runs", "accountant", "{\"period\":\"2024-03\",\"accountIds\":[\"" + account + "\"]}");
        assertEquals(started.toString(), 202, started.status());
        run(http, null, started);
        return new String[] {code, sub, started.json().get("id").asText(), Billing2Checks.promoCode(http)};
    }

    /** A product priced {@code monthly} a month per unit; answers its code. */
    static String product(Http http, String monthly) {
        String code = "chk-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer p = http.post("billing/products", "accountant", "{\"code\":\"" + code + "\",\"name\":\"Модуль проверки\","
                + "\"prices\":{\"MONTH\":" + monthly + ",\"YEAR\":" + new BigDecimal(monthly).multiply(BigDecimal.TEN) + "},\"vatRatePercent\":20}");
        assertEquals(p.toString(), 201, p.status());
        return code;
    }

    static String subscribe(Http http, String account, String code, int quantity) {
        LocalDate start = LocalDate.now(MOSCOW).withDayOfMonth(1).minusMonths(2);
        Http.Answer s = http.post("billing/subscriptions", "manager", "{\"accountId\":\"" + account + "\",\"product\":\"" + code
                + "\",\"quantity\":" + quantity + ",\"cycle\":\"MONTH\",\"start\":\"" + start + "\"}");
        assertEquals(s.toString(), 201, s.status());
        assertEquals("ACTIVE", s.json().get("status").asText());
        return s.json().get("id").asText();
    }

    static void quarter(BundleContext context, Http http, Api api) throws Exception {
        install(context);
        String code = product(http, "1000");
        Http.Answer got = http.get("billing/products/" + code, "support");
        assertEquals(got.toString(), 200, got.status());
        assertMoney("1000.00", got.json().get("prices").get("MONTH"));
        assertEquals(409, http.post("billing/products", "accountant", "{\"code\":\"" + code + "\",\"name\":\"X\",\"prices\":{\"MONTH\":1}}").status());
        Http.Answer noPrices = http.post("billing/products", "accountant", "{\"code\":\"chk-none\",\"name\":\"X\",\"prices\":{}}");
        assertEquals(noPrices.toString(), 400, noPrices.status());
        assertEquals(403, http.post("billing/products", "support", "{\"code\":\"chk-x\",\"name\":\"X\",\"prices\":{\"MONTH\":1}}").status());

        String a = api.openAccount(api.createOrganization("ООО «Биллинг А»", Api.uniqueInn()), "0");
        api.topUp(a, "5000");
        subscribe(http, a, code, 3);
        Http.Answer zero = http.post("billing/subscriptions", "manager", "{\"accountId\":\"" + a + "\",\"product\":\"" + code
                + "\",\"quantity\":0,\"cycle\":\"MONTH\",\"start\":\"2024-01-01\"}");
        assertEquals(zero.toString(), 400, zero.status());
        assertEquals(404, http.post("billing/subscriptions", "manager", "{\"accountId\":\"" + a + "\",\"product\":\"chk-unknown\","
                + "\"quantity\":1,\"cycle\":\"MONTH\",\"start\":\"2024-01-01\"}").status());
        String period = YearMonth.now(MOSCOW).toString();

        JsonNode preview = run(http, "{\"period\":\"" + period + "\",\"accountIds\":[\"" + a + "\"],\"preview\":true}");
        assertEquals(preview.toString(), 1, preview.get("charged").asInt());
        assertMoney("5000.00", api.balance(a).get("balance"));

        JsonNode charged = run(http, "{\"period\":\"" + period + "\",\"accountIds\":[\"" + a + "\"]}");
        assertEquals(charged.toString(), 1, charged.get("charged").asInt());
        assertEquals(charged.toString(), 1, charged.get("reserved").asInt());
        assertMoney("2000.00", api.balance(a).get("balance"));
        JsonNode summary = summary(http, a);
        assertMoney("2000.00", summary.get("balance"));
        assertMoney("3000.00", summary.get("monthlyCharge"));
        assertMoney("2000.00", summary.get("reserved"));
        assertMoney("0.00", summary.get("available"));
        assertMoney("1000.00", summary.get("shortfall"));
        assertEquals(YearMonth.now(MOSCOW).atEndOfMonth().toString(), summary.get("payBy").asText());
        assertMoney("2000.00", api.balance(a).get("reserved"));

        JsonNode again = run(http, "{\"period\":\"" + period + "\",\"accountIds\":[\"" + a + "\"]}");
        assertEquals(again.toString(), 0, again.get("charged").asInt());
        assertEquals(again.toString(), 1, again.get("skipped").asInt());
        assertMoney("2000.00", api.balance(a).get("balance"));

        // short funds: the account and its subscription are suspended, a top-up covering the month resumes both
        String b = api.openAccount(api.createOrganization("ООО «Биллинг Б»", Api.uniqueInn()), "0");
        api.topUp(b, "500");
        String sub = subscribe(http, b, code, 3);
        JsonNode suspended = run(http, "{\"period\":\"" + period + "\",\"accountIds\":[\"" + b + "\"]}");
        assertEquals(suspended.toString(), 1, suspended.get("suspended").asInt());
        assertEquals("SUSPENDED", http.get("accounts/" + b, "accountant").json().get("status").asText());
        assertEquals("SUSPENDED", http.get("billing/subscriptions/" + sub, "support").json().get("status").asText());
        assertMoney("500.00", api.balance(b).get("balance"));
        api.topUp(b, "3000");
        long deadline = System.currentTimeMillis() + 20_000;
        while (!"ACTIVE".equals(http.get("accounts/" + b, "accountant").json().get("status").asText())) {
            assertTrue("the top-up resumes the account within 20 s", System.currentTimeMillis() < deadline);
            Thread.sleep(200);
        }
        assertEquals("ACTIVE", http.get("billing/subscriptions/" + sub, "support").json().get("status").asText());
        assertMoney("500.00", api.balance(b).get("balance"));
        api.topUp(b, "1");
        JsonNode both = run(http, "{\"period\":\"" + period + "\",\"accountIds\":[\"" + a + "\",\"" + b + "\"]}");
        assertEquals(both.toString(), 0, both.get("charged").asInt());
        assertEquals(both.toString(), 2, both.get("skipped").asInt());
        assertMoney("501.00", api.balance(b).get("balance"));
        assertMoney("2000.00", api.balance(a).get("balance"));
        Http.Answer history = http.get("billing/subscriptions/" + sub + "/history", "support");
        assertEquals(history.toString(), 3, history.json().size());
        Http.Answer list = http.get("billing/subscriptions?accountId=" + b, "support");
        assertEquals(list.toString(), 1, list.json().size());

        // a run for a month not begun yet is refused
        Http.Answer future = http.post("billing/runs", "accountant", "{\"period\":\"" + YearMonth.now(MOSCOW).plusMonths(2) + "\"}");
        assertEquals(future.toString(), 400, future.status());
        assertEquals(403, http.post("billing/runs", "manager", "{\"period\":\"" + period + "\"}").status());
    }

    static void tariffs(BundleContext context, Http http) throws Exception {
        install(context);
        Http.Answer t = http.post("billing/tariffs/evaluate", "support", "{\"tariff\":\"4*350|15*100\"}");
        assertEquals(t.toString(), 200, t.status());
        assertEquals(19, t.json().get("objects").asInt());
        assertMoney("2900.00", t.json().get("total"));
        assertEquals(2, t.json().get("lines").size());
        assertMoney("1400.00", t.json().get("lines").get(0).get("amount"));
        Http.Answer addOns = http.post("billing/tariffs/evaluate", "support", "{\"tariff\":\"6*350 6*250\",\"fuelSensors\":\"2*100\",\"dispatch\":\"-*200\"}");
        assertEquals(addOns.toString(), 200, addOns.status());
        assertEquals(12, addOns.json().get("objects").asInt());
        assertMoney("3600.00", addOns.json().get("total"));
        assertMoney("3800.00", addOns.json().get("monthTotal"));
        Http.Answer bad = http.post("billing/tariffs/evaluate", "support", "{\"tariff\":\"4*35x\"}");
        assertEquals(bad.toString(), 400, bad.status());
        assertEquals("tariff", bad.json().get("errors").get(0).get("field").asText());
        assertTrue(bad.toString(), bad.json().get("errors").get(0).get("message").asText().contains("position 5"));
    }

    static void changePreview(BundleContext context, Http http, Api api) throws Exception {
        install(context);
        String code = product(http, "1000");
        String a = api.openAccount(api.createOrganization("ООО «Биллинг В»", Api.uniqueInn()), "0");
        String sub = subscribe(http, a, code, 3);
        LocalDate today = LocalDate.now(MOSCOW);
        Http.Answer p = http.post("billing/subscriptions/" + sub + "/change-preview", "manager",
                "{\"quantity\":5,\"effective\":\"" + today + "\"}");
        assertEquals(p.toString(), 200, p.status());
        int cycleDays = today.lengthOfMonth();
        int daysLeft = (int) ChronoUnit.DAYS.between(today, today.withDayOfMonth(cycleDays)) + 1;
        assertEquals(cycleDays, p.json().get("cycleDays").asInt());
        assertEquals(daysLeft, p.json().get("daysLeft").asInt());
        assertMoney(new BigDecimal(2000 * daysLeft).divide(BigDecimal.valueOf(cycleDays), 2, RoundingMode.HALF_UP).toPlainString(),
                p.json().get("amount"));
        Http.Answer outside = http.post("billing/subscriptions/" + sub + "/change-preview", "manager",
                "{\"quantity\":5,\"effective\":\"" + today.plusMonths(2) + "\"}");
        assertEquals(outside.toString(), 400, outside.status());
    }

    /** Starts a run and waits for its report. */
    static JsonNode run(Http http, String body) throws InterruptedException {
        return run(http, body, http.post("billing/runs", "accountant", body));
    }

    private static JsonNode run(Http http, String body, Http.Answer started) throws InterruptedException {
        assertEquals(body + " -> " + started, 202, started.status());
        String id = started.json().get("id").asText();
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            Http.Answer r = http.get("billing/runs/" + id, "accountant");
            assertEquals(r.toString(), 200, r.status());
            String status = r.json().get("status").asText();
            if (status.equals("SUCCEEDED")) {
                return r.json();
            }
            assertTrue(r.toString(), !status.equals("FAILED") && !status.equals("CANCELLED"));
            assertTrue("the run finishes within 30 s: " + r, System.currentTimeMillis() < deadline);
            Thread.sleep(100);
        }
    }

    static JsonNode summary(Http http, String account) {
        Http.Answer s = http.get("billing/accounts/" + account + "/summary", "support");
        assertEquals(s.toString(), 200, s.status());
        return s.json();
    }

    private static void assertMoney(String expected, JsonNode actual) {
        assertEquals(actual.toString(), 0, new BigDecimal(expected).compareTo(actual.decimalValue()));
    }
}
