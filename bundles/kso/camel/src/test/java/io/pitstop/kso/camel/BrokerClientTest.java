package io.pitstop.kso.camel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.sun.net.httpserver.HttpServer;
import io.pitstop.kso.api.applications.ApplicationStatus;
import io.pitstop.kso.api.applications.BankDecision;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Test;

public class BrokerClientTest {
    private HttpServer server;
    private final List<String> seen = new ArrayList<>();

    private String serve(int status, String answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/applications", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/applications";
    }

    @After
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static BrokerClient client(String url) {
        return new BrokerClient(HttpClient.newHttpClient(), url, "dealer", "secret", Duration.ofSeconds(5));
    }

    @Test
    public void anApprovalInTheAnswerIsTheBanksDecisionWithItsTerms() throws Exception {
        String url = serve(200, "{\"decision\":\"approved\",\"annualRatePercent\":13.9,\"amount\":1550000.00,"
                + "\"termMonths\":36,\"monthlyPayment\":52901.12,\"reference\":\"EC-1\"}");
        BankDecision d = client(url).send("{\"application\":{}}");
        assertEquals(ApplicationStatus.APPROVED, d.decision());
        assertEquals(0, new BigDecimal("13.9").compareTo(d.annualRatePercent()));
        assertEquals(Integer.valueOf(36), d.termMonths());
        assertEquals("EC-1", d.reference());
        assertEquals("Basic ZGVhbGVyOnNlY3JldA== {\"application\":{}}", seen.get(0));
    }

    @Test
    public void anAnswerWithoutDecisionWaitsForTheCallback() throws Exception {
        assertNull(client(serve(202, "{\"decision\":\"pending\"}")).send("{}"));
        assertNull(BrokerClient.decision(""));
    }

    @Test
    public void aFailingBrokerIsAnErrorForTheRouteToRetry() throws Exception {
        String url = serve(503, "");
        try {
            client(url).send("{}");
            fail("a 503 must fail the attempt");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("503"));
        }
    }

    @Test
    public void withoutAUrlNothingIsSentAndTheReasonSaysWhereToSetIt() throws Exception {
        try {
            client(" ").send("{}");
            fail("no URL must fail");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage().contains("io.pitstop.kso.broker.cfg"));
        }
    }
}
