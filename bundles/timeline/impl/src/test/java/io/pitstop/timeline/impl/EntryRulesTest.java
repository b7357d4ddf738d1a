package io.pitstop.timeline.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import io.pitstop.timeline.api.EntryDraft;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class EntryRulesTest {
    private static final RecordRef CONTACT = new RecordRef("contact", UUID.randomUUID());

    @Test
    public void aGoodDraftPasses() {
        EntryRules.check(EntryDraft.of("sample.visit", "manager", "Sample visit by manager", CONTACT));
        EntryRules.check(EntryDraft.of("telephony.call-in", null, "Call", CONTACT));
    }

    @Test
    public void everyBadFieldIsNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> EntryRules.check(
                new EntryDraft("Sample_Visit", List.of(), "a".repeat(101), null, " ", null, "")));
        assertEquals(List.of("kind", "records", "text", "actor", "sourceKey"), e.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    public void kindFiltersAreKindsOrPrefixes() {
        assertTrue(EntryRules.validFilter("contact.*"));
        assertTrue(EntryRules.validFilter("ledger.posting"));
        assertFalse(EntryRules.validFilter("contact%"));
        assertFalse(EntryRules.validFilter("*"));
        assertFalse(EntryRules.validFilter("con_tact"));
    }

    @Test
    public void longTextsAreCutWithAnEllipsisNeverInsideASurrogatePair() {
        assertEquals("abc", EntryRules.cut("abc", 3));
        assertEquals("ab…", EntryRules.cut("abcd", 3));
        String cut = EntryRules.cut("a\uD83D\uDE00bcd", 3);
        assertEquals("a…", cut);
    }
}
