package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * What every plugin's container checks do the same way: install its feature as the plugins page does (no refresh of
 * other bundles) and wait for its REST, let it come and go under traffic, send it a raw file.
 */
final class Plugins {
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    /** What a hot-deploy check does with the plugin while it is installed. */
    interface WhileInstalled {
        void run() throws Exception;
    }

    private Plugins() {
    }

    /** Installs the feature unless it runs already, and waits until {@code path} answers {@code user}. */
    static void install(BundleContext context, String feature, String path, String user) throws Exception {
        ServiceReference<FeaturesService> ref = context.getServiceReference(FeaturesService.class);
        FeaturesService features = context.getService(ref);
        try {
            if (!features.isInstalled(features.getFeature(feature))) {
                features.installFeature(feature, NO_REFRESH);
            }
        } finally {
            context.ungetService(ref);
        }
        new Http().await(path, user, 60_000);
    }

    /**
     * Installs the feature, waits for {@code path} to answer 200, runs the plugin's own check and finds its health
     * check UP; then uninstalls it and finds the path answering 404 and the health check gone.
     */
    static void comesAndGoes(FeaturesService features, Http http, String feature, String healthCheck, String path, String user,
            WhileInstalled check) throws Exception {
        features.installFeature(feature, NO_REFRESH);
        assertEquals(200, http.await(path, user, 60_000).status());
        check.run();
        assertEquals("UP", http.get("health", null).json().get("checks").get(healthCheck).asText());
        features.uninstallFeature(feature, NO_REFRESH);
        long end = System.currentTimeMillis() + 30_000;
        while (http.get(path, user).status() != 404 && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        assertEquals(404, http.get(path, user).status());
        assertFalse("the plugin's health check left with it", http.get("health", null).json().get("checks").has(healthCheck));
    }

    /** Sends a file as the raw request body, the way a plugin's import takes it. */
    static Http.Answer upload(String path, String user, String contentType, byte[] body) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + System.getProperty(PitstopTestSupport.HTTP_PORT_PROPERTY)
                            + "/api/" + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> a = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
            JsonNode node = a.body().isEmpty() ? null : new ObjectMapper().readTree(a.body());
            return new Http.Answer(a.statusCode(), a.body(), a, node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
