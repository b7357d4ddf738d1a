package io.pitstop.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.junit.Test;

public class ProblemErrorHandlerTest {
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode refuse(int status, String reason, HttpFields fields) throws Exception {
        ByteBuffer body = new ProblemErrorHandler().badMessageError(status, reason, fields);
        return json.readTree(StandardCharsets.UTF_8.decode(body).toString());
    }

    @Test
    public void aBadHeaderIsAProblemNamingTheHeader() throws Exception {
        HttpFields fields = new HttpFields();
        JsonNode problem = refuse(400, "Illegal character CNTL=0x1", fields);
        assertEquals("application/problem+json", fields.get("Content-Type"));
        assertEquals("urn:pitstop:problem:http-400", problem.get("type").asText());
        assertEquals("Bad Request", problem.get("title").asText());
        assertEquals(400, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText(), problem.get("detail").asText().contains("header"));
    }

    @Test
    public void aPathJettyCannotDecodeSaysHowToEscape() throws Exception {
        String detail = refuse(400, "Bad Request", new HttpFields()).get("detail").asText();
        assertTrue(detail, detail.contains("%25") && detail.contains("%00"));
    }

    @Test
    public void tooLongAndTooLargeSayWhatToSendInstead() throws Exception {
        JsonNode uri = refuse(414, "URI Too Long", new HttpFields());
        assertEquals(414, uri.get("status").asInt());
        assertTrue(uri.get("detail").asText().contains("request body"));
        JsonNode headers = refuse(431, "Request Header Fields Too Large", new HttpFields());
        assertEquals(431, headers.get("status").asInt());
        assertTrue(headers.get("detail").asText().contains("headers"));
    }

    @Test
    public void reasonsAreQuotedAsValidJson() throws Exception {
        // Jetty's reason may carry the offending bytes; the body stays valid JSON and says them escaped
        JsonNode problem = refuse(400, "bad \"x\"\u0001\\ \u007f", new HttpFields());
        String detail = problem.get("detail").asText();
        assertTrue(detail, detail.contains("bad \"x\"\u0001\\ \u007f"));
        String raw = ProblemErrorHandler.problem(400, "a\u0000b");
        assertFalse(raw.contains("\u0000"));
    }
}
