package io.pitstop.timeline.impl;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.Validation;
import io.pitstop.timeline.api.Comment;
import io.pitstop.timeline.api.CommentService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of comments that need no database: text, mentions, who may change what and until when. */
final class CommentRules {
    /** {@code @login} not glued to a word before it (an e-mail address is not a mention). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([A-Za-z0-9][A-Za-z0-9._-]{0,99})");
    /** How much of a comment its timeline entry quotes. */
    static final int EXCERPT = 200;

    private CommentRules() {
    }

    static void checkText(String text) {
        Validation v = new Validation();
        v.require(text != null && !text.isBlank(), "text", "is required");
        v.require(text == null || text.length() <= CommentService.MAX_LENGTH, "text",
                "must be at most " + CommentService.MAX_LENGTH + " characters");
        v.throwIfInvalid();
    }

    /** The logins a text names, first mention first, each once; {@code known} says which logins are staff. */
    static List<String> mentions(String text, Predicate<String> known) {
        List<String> out = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            // a sentence may end right after a login: "ask @anna."
            String login = m.group(1).replaceAll("[.]+$", "");
            if (!login.isEmpty() && !out.contains(login) && known.test(login)) {
                out.add(login);
            }
        }
        return out;
    }

    /** Only the author changes a comment, only while it is not deleted, and only within the window. */
    static void checkEdit(Comment c, Actor actor, Instant now, Duration window) {
        if (!c.author().equals(actor.name())) {
            throw new AccessDeniedException("Only the author of a comment can change it");
        }
        if (c.deleted()) {
            throw new ConflictException("The comment was deleted", c.id().toString());
        }
        if (now.isAfter(c.createdAt().plus(window))) {
            throw new BusinessRuleException("comment-edit-window", "A comment can be changed only within " + window.toMinutes()
                    + " minutes of writing it");
        }
    }

    /** The author or an administrator deletes, once. */
    static void checkDelete(Comment c, Actor actor) {
        if (!c.author().equals(actor.name()) && !actor.hasAnyRole(Actor.ADMIN)) {
            throw new AccessDeniedException("Only the author of a comment or an administrator can delete it");
        }
        if (c.deleted()) {
            throw new ConflictException("The comment was deleted already", c.id().toString());
        }
    }

    /** One line of the comment for its timeline entry. */
    static String excerpt(String text) {
        return EntryRules.cut(text.strip().replaceAll("\\s+", " "), EXCERPT);
    }
}
