package io.pitstop.notifications.impl;

import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.NotificationChannel;
import io.pitstop.notifications.api.OutgoingMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * SMS through any HTTP gateway, described in {@code etc/io.pitstop.notifications.sms.cfg} rather than coded per
 * provider: a URL template, a method, a body template ({@code {phone}} and {@code {text}}, URL-encoded in the URL and
 * in form bodies, JSON-escaped in JSON bodies) and a success rule (a status range, and text the answer must
 * contain). Registered only while configured; templates are still checked against the SMS limits without it.
 */
@Component(service = NotificationChannel.class, configurationPid = "io.pitstop.notifications.sms",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SmsGatewayChannel.Config.class)
public class SmsGatewayChannel implements NotificationChannel {
    @ObjectClassDefinition(name = "Pitstop SMS gateway")
    public @interface Config {
        @AttributeDefinition(description = "URL template, e.g. https://sms.example/send?to={phone}&text={text}")
        String url();

        @AttributeDefinition(description = "GET or POST")
        String method() default "POST";

        @AttributeDefinition(description = "Body template for POST, e.g. {\"to\":\"{phone}\",\"text\":\"{text}\"}")
        String body() default "";

        @AttributeDefinition(description = "Content type of the body")
        String contentType() default "application/json";

        @AttributeDefinition(description = "Header sent with every request, e.g. Authorization: Bearer ... (a secret: etc only)")
        String authorization() default "";

        @AttributeDefinition(description = "Regular expression the answer body must contain for a success (empty: any)")
        String successPattern() default "";

        @AttributeDefinition(description = "Seconds to wait for the gateway")
        int timeoutSeconds() default 10;
    }

    private volatile Config config;
    private volatile HttpClient client;

    @Activate
    @Modified
    void activate(Config config) {
        URI.create(config.url().replace("{phone}", "x").replace("{text}", "x")); // an unreadable URL fails here, loudly
        if (!config.method().equals("GET") && !config.method().equals("POST")) {
            throw new IllegalArgumentException("SMS gateway method must be GET or POST, not " + config.method());
        }
        this.config = config;
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(config.timeoutSeconds())).build();
    }

    @Override
    public String id() {
        return Channels.SMS;
    }

    @Override
    public String refusal(String subject, String body) {
        return SmsSegments.refusal(body);
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        Config c = config;
        String url = fill(c.url(), message, true);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(c.timeoutSeconds()));
        if (!c.authorization().isBlank()) {
            request.header("Authorization", c.authorization());
        }
        if (c.method().equals("GET")) {
            request.GET();
        } else {
            boolean json = c.contentType().contains("json");
            request.header("Content-Type", c.contentType())
                    .POST(HttpRequest.BodyPublishers.ofString(json ? fillJson(c.body(), message) : fill(c.body(), message, true)));
        }
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("the SMS gateway answered " + answer.statusCode());
        }
        if (!c.successPattern().isBlank() && !Pattern.compile(c.successPattern()).matcher(answer.body()).find()) {
            throw new IllegalStateException("the SMS gateway did not confirm: " + abbreviate(answer.body()));
        }
    }

    static String fill(String template, OutgoingMessage m, boolean encode) {
        return template.replace("{phone}", encode ? URLEncoder.encode(m.address(), StandardCharsets.UTF_8) : m.address())
                .replace("{text}", encode ? URLEncoder.encode(m.body(), StandardCharsets.UTF_8) : m.body());
    }

    static String fillJson(String template, OutgoingMessage m) {
        return template.replace("{phone}", json(m.address())).replace("{text}", json(m.body()));
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
