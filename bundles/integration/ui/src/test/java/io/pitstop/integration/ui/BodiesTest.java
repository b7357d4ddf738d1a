package io.pitstop.integration.ui;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class BodiesTest {
    @Test
    public void jsonIsIndentedAndAnythingElseStaysAsItCame() {
        assertEquals("{\n  \"inn\" : \"1234567890\",\n  \"name\" : \"ООО «Плохой ИНН»\"\n}",
                Bodies.pretty("{\"inn\":\"1234567890\",\"name\":\"ООО «Плохой ИНН»\"}").replace("\r\n", "\n"));
        assertEquals("name;inn\nООО;1", Bodies.pretty("name;inn\nООО;1"));
        assertEquals("{broken", Bodies.pretty("{broken"));
        assertEquals("{not json}", Bodies.pretty("{not json}"));
        assertEquals("", Bodies.pretty(null));
    }

    @Test
    public void theListShowsTheErrorsFirstLine() {
        assertEquals("ValidationException: inn: bad", DeadLettersView.firstLine("ValidationException: inn: bad\ncaused by: x"));
        assertEquals("", DeadLettersView.firstLine(null));
    }
}
