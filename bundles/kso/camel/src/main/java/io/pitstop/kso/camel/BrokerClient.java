package io.pitstop.kso.camel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.kso.api.applications.ApplicationStatus;
import io.pitstop.kso.api.applications.BankDecision;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One attempt to hand an application to the broker over HTTP. The JDK's client rather than camel-http: the
 * credentials stay in this object instead of an endpoint URI that Camel shows in its logs and management.
 * The answer's JSON may carry the bank's decision at once ({@code decision}: {@code approved} / {@code declined},
 * with its terms); without one the broker calls back later ({@code POST /api/kso/broker/answers}).
 */
final class BrokerClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String url;
    private final String authorization;
    private final Duration timeout;

    BrokerClient(HttpClient http, String url, String user, String password, Duration timeout) {
        this.http = http;
        this.url = url == null ? "" : url.trim();
        this.authorization = user == null || user.isBlank() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    /** The decision the answer carries, or null; an answer other than 2xx or no answer is an exception. */
    BankDecision send(String application) throws IOException, InterruptedException {
        if (url.isEmpty()) {
            throw new IllegalStateException("No broker URL is configured (url in etc/" + BrokerSettings.PID + ".cfg)");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(application, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The broker answered HTTP " + response.statusCode());
        }
        return decision(response.body());
    }

    static BankDecision decision(String answer) throws IOException {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        JsonNode json = JSON.readTree(answer);
        String decision = json.path("decision").asText("");
        if (!decision.equals("approved") && !decision.equals("declined")) {
            return null;
        }
        return new BankDecision(decision.equals("approved") ? ApplicationStatus.APPROVED : ApplicationStatus.DECLINED,
                number(json, "annualRatePercent"), number(json, "amount"),
                json.hasNonNull("termMonths") ? json.get("termMonths").asInt() : null, number(json, "monthlyPayment"),
                text(json, "reference"), text(json, "comment"));
    }

    private static BigDecimal number(JsonNode json, String field) {
        return json.hasNonNull(field) && json.get(field).isNumber() ? json.get(field).decimalValue() : null;
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }
}
