package io.pitstop.notifications.rest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import javax.ws.rs.core.MediaType;
import org.junit.Test;

public class TrackingResourceTest {
    @Test
    public void aBrowserGetsThePageAProgramTheProblem() {
        // what Chromium and Firefox send for a link followed from a mail reader
        assertTrue(TrackingResource.wantsPage(List.of(MediaType.TEXT_HTML_TYPE, new MediaType("application", "xhtml+xml"),
                MediaType.WILDCARD_TYPE)));
        assertFalse(TrackingResource.wantsPage(List.of(MediaType.APPLICATION_JSON_TYPE)));
        assertFalse(TrackingResource.wantsPage(List.of(MediaType.WILDCARD_TYPE)));
        assertFalse(TrackingResource.wantsPage(List.of(new MediaType("text", "*"))));
    }
}
