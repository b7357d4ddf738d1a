package io.pitstop.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.ops4j.pax.exam.Option;

/**
 * The far ends of the integration examples, started in the test JVM (inside {@code @Configuration}, like the
 * embedded PostgreSQL) on loopback ports: GreenMail's SMTP and IMAP with the user {@code pitstop@example.com} /
 * {@code secret}, and an HTTP server standing in for an external CRM whose {@code /crm} answers what
 * {@code /mode?code=} last set (200 at first) and keeps each body it accepted; {@code /received} lists them. Tests
 * inside the container reach them through the system properties below; {@code /mails} lists the subjects of the
 * mails GreenMail received.
 */
final class ExternalServers {
    static final String SMTP_PORT = "pitstop.itest.smtp.port";
    static final String IMAP_PORT = "pitstop.itest.imap.port";
    static final String HTTP_PORT = "pitstop.itest.crm.port";
    static final String MAIL_USER = "pitstop@example.com";
    static final String MAIL_PASSWORD = "secret";

    private static GreenMail mail;
    private static HttpServer http;
    private static final AtomicInteger MODE = new AtomicInteger(200);
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    private ExternalServers() {
    }

    static synchronized Option[] start() {
        if (mail == null) {
            int smtp = PitstopTestSupport.freePort();
            int imap = PitstopTestSupport.freePort();
            mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            mail.start();
            mail.setUser(MAIL_USER, MAIL_USER, MAIL_PASSWORD);
            try {
                http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PitstopTestSupport.freePort()), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            http.createContext("/crm", x -> {
                String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int code = MODE.get();
                if (code < 300) {
                    RECEIVED.add(body);
                }
                answer(x, code, "{\"status\":" + code + "}");
            });
            http.createContext("/mode", x -> {
                MODE.set(Integer.parseInt(x.getRequestURI().getQuery().replace("code=", "")));
                answer(x, 200, "ok");
            });
            http.createContext("/received", x -> answer(x, 200, String.join("\n", RECEIVED)));
            // what GreenMail's SMTP accepted, by subject: the container cannot reach GreenMail's API itself
            http.createContext("/mails", x -> {
                List<String> subjects = new java.util.ArrayList<>();
                for (javax.mail.internet.MimeMessage m : mail.getReceivedMessages()) {
                    try {
                        subjects.add(m.getSubject());
                    } catch (javax.mail.MessagingException e) {
                        subjects.add("unreadable: " + e.getMessage());
                    }
                }
                answer(x, 200, String.join("\n", subjects));
            });
            http.start();
        }
        return new Option[] {
            systemProperty(SMTP_PORT).value(Integer.toString(mail.getSmtp().getPort())),
            systemProperty(IMAP_PORT).value(Integer.toString(mail.getImap().getPort())),
            systemProperty(HTTP_PORT).value(Integer.toString(http.getAddress().getPort())),
        };
    }

    private static void answer(com.sun.net.httpserver.HttpExchange x, int code, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
