package io.pitstop.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client as an integrator would use it: real HTTP to the running server. */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // money arrives as JSON numbers with two decimals: read them exactly, scale included
    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private final String base;

    public Http() {
        this.base = "http://localhost:" + System.getProperty(PitstopTestSupport.HTTP_PORT_PROPERTY) + "/api/";
    }

    /** One HTTP answer: status, headers and the body parsed as JSON when it is JSON. */
    public record Answer(int status, String body, HttpResponse<String> raw, JsonNode json) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer call(String method, String path, String user, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !r.body().isEmpty()) {
                node = json.readTree(r.body());
            }
            return new Answer(r.statusCode(), r.body(), r, node);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String path, String user) {
        return call("GET", path, user, null);
    }

    public Answer post(String path, String user, String body, String... headers) {
        return call("POST", path, user, body, headers);
    }

    /** Waits until a path answers something other than 404/503 (a resource appears once its bundle is active). */
    public Answer await(String path, String user, long millis) {
        long end = System.currentTimeMillis() + millis;
        Answer last = null;
        while (System.currentTimeMillis() < end) {
            try {
                last = get(path, user);
                if (last.status() != 404 && last.status() != 503) {
                    return last;
                }
            } catch (IllegalStateException e) {
                // server not listening yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("GET " + path + " did not become available in " + millis + " ms; last: " + last);
    }
}
