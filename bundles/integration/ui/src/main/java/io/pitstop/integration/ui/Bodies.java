package io.pitstop.integration.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A letter's body as a person reads it: JSON indented, anything else as it came. */
final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {
    }

    static String pretty(String body) {
        if (body == null) {
            return "";
        }
        String t = body.strip();
        if (!(t.startsWith("{") && t.endsWith("}")) && !(t.startsWith("[") && t.endsWith("]"))) {
            return body;
        }
        try {
            JsonNode node = JSON.readTree(t);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return body;
        }
    }
}
