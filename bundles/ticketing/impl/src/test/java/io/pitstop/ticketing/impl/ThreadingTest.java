package io.pitstop.ticketing.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import org.junit.Test;

public class ThreadingTest {
    @Test
    public void referenceAnywhereInTheSubject() {
        assertEquals(1234, Threading.reference("Re: Fwd: дисковое пространство + 5 гб [#1234]").getAsLong());
        assertEquals(7, Threading.reference("[#7] вопрос").getAsLong());
        assertFalse(Threading.reference("счёт #1234").isPresent());
        assertFalse(Threading.reference(null).isPresent());
    }

    @Test
    public void replySubjectCarriesTheReferenceOnce() {
        assertEquals("Re: дисковое пространство + 5 гб [#1001]", Threading.replySubject("дисковое пространство + 5 гб", 1001));
        assertEquals("Re: вопрос [#1001]", Threading.replySubject("Re: вопрос [#1001]", 1001));
    }
}
