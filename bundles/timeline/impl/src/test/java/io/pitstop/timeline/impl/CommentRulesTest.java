package io.pitstop.timeline.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import io.pitstop.timeline.api.Comment;
import io.pitstop.timeline.api.CommentService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;

public class CommentRulesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Actor ANNA = new Actor("anna", Set.of(Actor.MANAGER));
    private static final Actor ADMIN = new Actor("boss", Set.of(Actor.ADMIN));

    private static Comment comment(String author, Instant deletedAt) {
        return new Comment(UUID.randomUUID(), new RecordRef("contact", UUID.randomUUID()), author, deletedAt == null ? "text" : null,
                List.of(), T0, null, deletedAt == null ? null : "anna", deletedAt, 1);
    }

    @Test
    public void emptyBlankAndTooLongTextsAreRefusedOnTheTextField() {
        for (String bad : new String[] {null, "", "  \n\t ", "x".repeat(CommentService.MAX_LENGTH + 1)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> CommentRules.checkText(bad));
            assertEquals("text", e.fieldErrors().get(0).field());
        }
        CommentRules.checkText("x".repeat(CommentService.MAX_LENGTH));
    }

    @Test
    public void mentionsAreLoginsOnceEachNotEmailsAndOnlyKnownOnes() {
        assertEquals(List.of("anna", "petr.ivanov"), CommentRules.mentions(
                "@anna please ask @petr.ivanov. Then @anna again; mail me at x@example.com or @ghost", l -> !l.equals("ghost")));
        assertEquals(List.of(), CommentRules.mentions("no one here @ all", l -> true));
    }

    @Test
    public void onlyTheAuthorEditsWithinTheWindowAndNeverADeletedComment() {
        Comment c = comment("anna", null);
        CommentRules.checkEdit(c, ANNA, T0.plus(WINDOW), WINDOW);
        BusinessRuleException late = assertThrows(BusinessRuleException.class,
                () -> CommentRules.checkEdit(c, ANNA, T0.plus(WINDOW).plusMillis(1), WINDOW));
        assertEquals("comment-edit-window", late.type().substring(late.type().lastIndexOf(':') + 1));
        assertThrows(AccessDeniedException.class, () -> CommentRules.checkEdit(c, ADMIN, T0, WINDOW));
        assertThrows(ConflictException.class, () -> CommentRules.checkEdit(comment("anna", T0), ANNA, T0, WINDOW));
    }

    @Test
    public void theAuthorOrAnAdministratorDeletesOnce() {
        CommentRules.checkDelete(comment("anna", null), ANNA);
        CommentRules.checkDelete(comment("anna", null), ADMIN);
        assertThrows(AccessDeniedException.class, () -> CommentRules.checkDelete(comment("petr", null), ANNA));
        assertThrows(ConflictException.class, () -> CommentRules.checkDelete(comment("anna", T0), ADMIN));
    }

    @Test
    public void anExcerptIsOneLineAndShort() {
        String e = CommentRules.excerpt("  first\n\nsecond  " + "y".repeat(500));
        assertTrue(e, e.startsWith("first second yyy"));
        assertEquals(CommentRules.EXCERPT, e.length());
        assertTrue(e.endsWith("…"));
    }
}
