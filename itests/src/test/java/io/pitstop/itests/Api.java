package io.pitstop.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.UUID;

/** The calls the container tests make again and again, each asserting its own success. */
public final class Api {
    private final Http http;

    public Api(Http http) {
        this.http = http;
    }

    public Http http() {
        return http;
    }

    /** Valid 10-digit INN for a number 0..99999, so tests never collide with each other. */
    public static String inn10(long n) {
        String p = String.format("77%07d", n % 10_000_000);
        int[] w = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += w[i] * (p.charAt(i) - '0');
        }
        return p + (sum % 11 % 10);
    }

    public static String uniqueInn() {
        return inn10(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 10_000_000);
    }

    public String createOrganization(String name, String inn) {
        Http.Answer a = http.post("contacts/organizations", "manager",
                "{\"name\":\"" + name + "\",\"inn\":\"" + inn + "\",\"kpp\":\"771001001\",\"phones\":[\"+7 495 000-00-00\"]}");
        assertEquals(a.toString(), 201, a.status());
        return id(a.json());
    }

    static String id(JsonNode json) {
        return json.has("id") ? json.get("id").asText() : json.get("contact").get("id").asText();
    }

    public String openAccount(String ownerId, String creditLimit) {
        Http.Answer a = http.post("accounts", "accountant",
                "{\"ownerId\":\"" + ownerId + "\",\"creditLimit\":" + creditLimit + "}");
        assertEquals(a.toString(), 201, a.status());
        return a.json().get("id").asText();
    }

    /** Moves money between an account and a house book; positive amount credits the account. */
    public Http.Answer post(String key, String type, String accountId, String amount, String houseBook) {
        BigDecimal a = new BigDecimal(amount);
        String body = "{\"type\":\"" + type + "\",\"reason\":\"test\",\"sourceDocument\":\"IT\",\"lines\":["
                + "{\"accountId\":\"" + accountId + "\",\"amount\":" + a.toPlainString() + ",\"currency\":\"RUB\"},"
                + "{\"houseBook\":\"" + houseBook + "\",\"amount\":" + a.negate().toPlainString() + ",\"currency\":\"RUB\"}]}";
        return http.post("ledger/transactions", "accountant", body, "Idempotency-Key", key);
    }

    public void topUp(String accountId, String amount) {
        Http.Answer a = post(UUID.randomUUID().toString(), "topup", accountId, amount, "bank");
        assertEquals(a.toString(), 201, a.status());
    }

    public JsonNode balance(String accountId) {
        Http.Answer a = http.get("accounts/" + accountId + "/balance", "accountant");
        assertEquals(a.toString(), 200, a.status());
        return a.json();
    }

    public BigDecimal balanceOf(String accountId) {
        return balance(accountId).get("balance").decimalValue();
    }

    public long contactCount() {
        Http.Answer a = http.get("contacts?limit=1", "manager");
        assertEquals(a.toString(), 200, a.status());
        return a.json().get("total").asLong();
    }
}
