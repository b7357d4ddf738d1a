package io.pitstop.core.api;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class UnsupportedMediaExceptionTest {
    @Test
    public void aRefusedFileIs415OnTheFieldThatCarriedIt() {
        UnsupportedMediaException onFile = new UnsupportedMediaException("must be CSV");
        assertEquals(415, onFile.status());
        assertEquals("file-type", onFile.type());
        assertEquals(1, onFile.fieldErrors().size());
        assertEquals("file", onFile.fieldErrors().get(0).field());
        assertEquals("must be CSV", onFile.fieldErrors().get(0).message());

        UnsupportedMediaException onStatement = new UnsupportedMediaException("statement", "must be text");
        assertEquals("statement", onStatement.fieldErrors().get(0).field());
    }
}
