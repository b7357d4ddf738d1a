package io.pitstop.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.pitstop.core.api.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Billing beyond the month's charge: promo codes stored, applied to a subscription and discounting its charge, and
 * refused when expired, used up or for another product. Called from {@link CoreSuite} on Derby and PostgreSQL.
 */
final class Billing2Checks {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private Billing2Checks() {
    }

    /** A recurring percent code for every product, without limits: what the bad-input suite applies. */
    static String promoCode(Http http) {
        String code = "promo-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer p = http.post("billing/promo-codes", "accountant", "{\"code\":\"" + code + "\",\"kind\":\"PERCENT\",\"value\":5}");
        assertEquals(p.toString(), 201, p.status());
        return code;
    }

    static void promoCodes(BundleContext context, Http http, Api api) throws Exception {
        BillingChecks.install(context);
        LocalDate today = LocalDate.now(MOSCOW);
        String product = BillingChecks.product(http, "1000");
        String other = BillingChecks.product(http, "1000");
        String code = "ref5-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer created = http.post("billing/promo-codes", "accountant", "{\"code\":\"" + code + "\",\"kind\":\"PERCENT\","
                + "\"value\":5,\"products\":[\"" + product + "\"],\"recurring\":true,\"validFrom\":\"" + today.minusDays(1)
                + "\",\"maxUses\":1,\"oncePerClient\":true}");
        assertEquals(created.toString(), 201, created.status());
        assertEquals(0, created.json().get("uses").asInt());
        assertEquals(409, http.post("billing/promo-codes", "accountant", "{\"code\":\"" + code + "\",\"kind\":\"FIXED\",\"value\":1}").status());
        assertEquals(403, http.post("billing/promo-codes", "manager", "{\"code\":\"m-" + code + "\",\"kind\":\"FIXED\",\"value\":1}").status());
        field(http.post("billing/promo-codes", "accountant", "{\"code\":\"x-" + code + "\",\"kind\":\"PERCENT\",\"value\":101}"), "value");
        field(http.post("billing/promo-codes", "accountant", "{\"code\":\"x-" + code + "\",\"kind\":\"FIXED\",\"value\":1,"
                + "\"validFrom\":\"2024-03-02\",\"validTo\":\"2024-03-01\"}"), "validTo");
        field(http.post("billing/promo-codes", "accountant", "{\"code\":\"x-" + code + "\",\"kind\":\"FIXED\",\"value\":1,"
                + "\"products\":[\"chk-unknown\"]}"), "products[0]");

        // applied: the month's charge and the next month's reservation are 5 % less (2,000.00 → 1,900.00)
        String a = api.openAccount(api.createOrganization("ООО «Промо А»", Api.uniqueInn()), "0");
        api.topUp(a, "5000");
        String sub = BillingChecks.subscribe(http, a, product, 2);
        field(http.post("billing/subscriptions/" + sub + "/promo-code", "manager", "{\"code\":\"no-such-code\"}"), "code");
        Http.Answer applied = http.post("billing/subscriptions/" + sub + "/promo-code", "manager", "{\"code\":\"" + code + "\"}");
        assertEquals(applied.toString(), 200, applied.status());
        assertEquals(1, applied.json().get("uses").asInt());
        String period = YearMonth.now(MOSCOW).toString();
        JsonNode run = BillingChecks.run(http, "{\"period\":\"" + period + "\",\"accountIds\":[\"" + a + "\"]}");
        assertEquals(run.toString(), 1, run.get("charged").asInt());
        money("3100.00", api.balance(a).get("balance"));
        money("1900.00", BillingChecks.summary(http, a).get("monthlyCharge"));

        // used up (its one use), for another product, expired: refused on the code, nothing applied
        String b = api.openAccount(api.createOrganization("ООО «Промо Б»", Api.uniqueInn()), "0");
        String subB = BillingChecks.subscribe(http, b, product, 1);
        field(http.post("billing/subscriptions/" + subB + "/promo-code", "manager", "{\"code\":\"" + code + "\"}"), "code");
        String subOther = BillingChecks.subscribe(http, b, other, 1);
        field(http.post("billing/subscriptions/" + subOther + "/promo-code", "manager", "{\"code\":\"" + code + "\"}"), "code");
        String expired = "old-" + code;
        assertEquals(201, http.post("billing/promo-codes", "accountant", "{\"code\":\"" + expired + "\",\"kind\":\"FIXED\",\"value\":100,"
                + "\"validFrom\":\"" + today.minusDays(30) + "\",\"validTo\":\"" + today.minusDays(2) + "\"}").status());
        field(http.post("billing/subscriptions/" + subB + "/promo-code", "manager", "{\"code\":\"" + expired + "\"}"), "code");
        money("2000.00", BillingChecks.summary(http, b).get("monthlyCharge"));
        // a second code on a subscription that has one is a conflict
        assertEquals(409, http.post("billing/subscriptions/" + sub + "/promo-code", "manager", "{\"code\":\"" + promoCode(http) + "\"}").status());

        Http.Answer list = http.get("billing/promo-codes", "support");
        assertEquals(list.toString(), 200, list.status());
        boolean listed = false;
        for (JsonNode p : list.json()) {
            listed |= p.get("code").asText().equals(code) && p.get("uses").asInt() == 1;
        }
        assertEquals(list.toString(), true, listed);
    }

    /**
     * The dashboard's billing counters: an account with a subscription and no funds is short for next month; once a
     * run suspends it, it counts as suspended and no longer as short.
     */
    static void dashboard(BundleContext context, Http http, Api api) throws Exception {
        BillingChecks.install(context);
        String product = BillingChecks.product(http, "700");
        long shortBefore = counter(context, "Short");
        long suspendedBefore = counter(context, "Suspended");
        String a = api.openAccount(api.createOrganization("ООО «Нехватка»", Api.uniqueInn()), "0");
        api.topUp(a, "100");
        BillingChecks.subscribe(http, a, product, 1);
        assertEquals(shortBefore + 1, counter(context, "Short"));
        JsonNode run = BillingChecks.run(http, "{\"period\":\"" + YearMonth.now(MOSCOW) + "\",\"accountIds\":[\"" + a + "\"]}");
        assertEquals(run.toString(), 1, run.get("suspended").asInt());
        assertEquals(suspendedBefore + 1, counter(context, "Suspended"));
        assertEquals(shortBefore, counter(context, "Short"));
    }

    /**
     * The monthly run's schedule exists once, on the 1st in the company's zone, for the month it starts in: a run
     * started with its parameters (as a preview) reports the current month.
     */
    static void schedule(BundleContext context, Http http) throws Exception {
        BillingChecks.install(context);
        Http.Answer all = http.get("jobs/schedules", "accountant");
        assertEquals(all.toString(), 200, all.status());
        JsonNode found = null;
        int count = 0;
        for (JsonNode s : all.json()) {
            if (s.get("type").asText().equals("billing.monthly-run")) {
                found = s;
                count++;
            }
        }
        assertEquals(all.toString(), 1, count);
        assertEquals("5 0 1 * *", found.get("cron").asText());
        assertEquals("Europe/Moscow", found.get("zone").asText());
        assertEquals("current", found.get("parameters").get("period").asText());
        Http.Answer started = http.post("jobs", "accountant", "{\"type\":\"billing.monthly-run\",\"parameters\":["
                + "{\"name\":\"period\",\"value\":\"current\"},{\"name\":\"preview\",\"value\":\"true\"},"
                + "{\"name\":\"accountIds\",\"value\":\"" + UUID.randomUUID() + "\"}]}");
        assertEquals(started.toString(), 201, started.status());
        String id = started.json().get("id").asText();
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            Http.Answer r = http.get("billing/runs/" + id, "accountant");
            assertEquals(r.toString(), 200, r.status());
            if (r.json().get("status").asText().equals("SUCCEEDED") || r.json().get("status").asText().equals("FAILED")) {
                assertEquals(r.toString(), "SUCCEEDED", r.json().get("status").asText());
                assertEquals(r.toString(), YearMonth.now(MOSCOW).toString(), r.json().get("period").asText());
                break;
            }
            assertEquals("the run finishes within 30 s: " + r, true, System.currentTimeMillis() < deadline);
            Thread.sleep(100);
        }
    }

    /** A billing dashboard counter's value, read from its service (the probe does not import the UI's packages). */
    private static long counter(BundleContext context, String name) throws Exception {
        ServiceReference<?>[] refs = context.getServiceReferences("io.pitstop.ui.api.DashboardCounter",
                "(component.name=io.pitstop.billing.ui.BillingDashboard$" + name + ")");
        assertEquals(name, 1, refs == null ? 0 : refs.length);
        Object counter = context.getService(refs[0]);
        try {
            Class<?> type = counter.getClass().getClassLoader().loadClass("io.pitstop.ui.api.DashboardCounter");
            Object value = type.getMethod("value", Actor.class).invoke(counter, Actor.system("check"));
            return (long) value.getClass().getMethod("count").invoke(value);
        } finally {
            context.ungetService(refs[0]);
        }
    }

    private static void field(Http.Answer answer, String field) {
        assertEquals(answer.toString(), 400, answer.status());
        assertEquals(answer.toString(), field, answer.json().get("errors").get(0).get("field").asText());
    }

    private static void money(String expected, JsonNode actual) {
        assertEquals(actual.toString(), 0, new BigDecimal(expected).compareTo(actual.decimalValue()));
    }
}
