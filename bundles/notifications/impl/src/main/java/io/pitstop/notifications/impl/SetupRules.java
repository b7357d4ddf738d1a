package io.pitstop.notifications.impl;

import io.pitstop.core.api.Validation;
import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.EventField;
import io.pitstop.notifications.api.EventType;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.notifications.api.Rule;
import io.pitstop.notifications.api.Schedule;
import io.pitstop.notifications.api.TemplateDraft;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The checks of templates and rules that need no database, so that each is unit-tested: every field error at once,
 * named by the field an administrator wrote.
 */
final class SetupRules {
    static final List<String> LANGUAGES = List.of("ru", "en");
    static final int MAX_VALIDITY_MINUTES = 366 * 24 * 60;
    static final int MAX_OFFSET_MINUTES = 366 * 24 * 60;

    private SetupRules() {
    }

    /**
     * A template: its event type known, its channel one that runs, its language ru or en, its placeholders the event
     * type's fields, its text within the channel's limits (checked on the text filled with sample values).
     */
    static void checkTemplate(Validation v, TemplateDraft d, EventType type, Set<String> channels,
                              BiFunction<String, String, String> channelRefusal) {
        v.required(d.eventType(), "eventType");
        if (d.eventType() != null && type == null) {
            v.require(false, "eventType", "is not a declared event type");
        }
        v.required(d.channel(), "channel");
        if (d.channel() != null && !d.channel().isBlank()) {
            v.require(channels.contains(d.channel()), "channel", "must be one of " + String.join(", ", channels));
        }
        v.required(d.language(), "language");
        if (d.language() != null && !d.language().isBlank()) {
            v.require(LANGUAGES.contains(d.language()), "language", "must be one of ru, en");
        }
        if (Channels.EMAIL.equals(d.channel())) {
            v.required(d.subject(), "subject");
        }
        v.maxLength(d.subject(), Notifications.SUBJECT_LENGTH, "subject");
        v.required(d.body(), "body");
        v.maxLength(d.body(), Notifications.BODY_LENGTH, "body");
        if (type == null) {
            return;
        }
        Set<String> known = type.fields().stream().map(EventField::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        unknown(v, d.subject(), known, "subject");
        unknown(v, d.body(), known, "body");
        if (!v.hasErrors() && channelRefusal != null) {
            Map<String, String> samples = samples(type);
            String refusal = channelRefusal.apply(Placeholders.render(d.subject(), samples),
                    Placeholders.render(d.body(), samples));
            v.require(refusal == null, "body", refusal);
        }
    }

    private static void unknown(Validation v, String text, Set<String> known, String field) {
        Set<String> unknown = Placeholders.unknown(text, known);
        v.require(unknown.isEmpty(), field, "uses unknown placeholders: "
                + unknown.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "))
                + "; this event type has: " + known.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", ")));
    }

    static Map<String, String> samples(EventType type) {
        return type.fields().stream().collect(Collectors.toMap(EventField::name, f -> f.sample() == null ? "" : f.sample()));
    }

    /** A rule: a declared event type, channels that run, a schedule that can be computed, and someone to send to. */
    static void checkRule(Validation v, Rule r, EventType type, Set<String> channels) {
        v.required(r.name(), "name");
        v.maxLength(r.name(), 200, "name");
        v.required(r.eventType(), "eventType");
        if (r.eventType() != null && type == null) {
            v.require(false, "eventType", "is not a declared event type");
        }
        v.require(!r.channels().isEmpty(), "channels", "name at least one channel");
        for (int i = 0; i < r.channels().size(); i++) {
            v.require(channels.contains(r.channels().get(i)), "channels[" + i + "]", "must be one of " + String.join(", ", channels));
        }
        Schedule s = r.schedule();
        if (s == null || s.kind() == null) {
            v.require(false, "schedule.kind", "is required");
        } else {
            checkSchedule(v, s, type);
        }
        if (r.validityMinutes() != null) {
            v.require(r.validityMinutes() >= 1 && r.validityMinutes() <= MAX_VALIDITY_MINUTES, "validityMinutes",
                    "must be from 1 to " + MAX_VALIDITY_MINUTES);
        }
        v.require(r.hasRecipients(), "recipients", "name someone: the contact, roles, groups or addresses");
        for (int i = 0; i < r.addresses().size(); i++) {
            String a = r.addresses().get(i);
            v.require(a != null && (a.matches("[^@\\s,]{1,64}@[^@\\s,]{1,255}") || a.matches("\\+[1-9][0-9]{6,14}")
                    || a.matches("[\\p{L}\\p{N}._-]{1,100}")), "addresses[" + i + "]",
                    "must be an e-mail address, a phone number in E.164 (+79161234567) or a staff login");
        }
    }

    private static void checkSchedule(Validation v, Schedule s, EventType type) {
        boolean needsDate = s.kind() == Schedule.Kind.OFFSET || s.kind() == Schedule.Kind.DAY_BEFORE_AT
                || s.kind() == Schedule.Kind.BIRTHDAY;
        boolean needsTime = s.kind() == Schedule.Kind.DAY_BEFORE_AT || s.kind() == Schedule.Kind.BIRTHDAY
                || s.kind() == Schedule.Kind.DAILY_DIGEST;
        if (needsDate) {
            v.required(s.dateField(), "schedule.dateField");
            if (s.dateField() != null && type != null) {
                EventField f = type.field(s.dateField()).orElse(null);
                v.require(f != null && f.kind() != EventField.Kind.TEXT, "schedule.dateField",
                        "must be a date field of the event type");
            }
        } else {
            v.require(s.dateField() == null, "schedule.dateField", "is used only by OFFSET, DAY_BEFORE_AT and BIRTHDAY");
        }
        if (needsTime) {
            v.required(s.at(), "schedule.at");
        } else {
            v.require(s.at() == null, "schedule.at", "is used only by DAY_BEFORE_AT, BIRTHDAY and DAILY_DIGEST");
        }
        if (s.kind() == Schedule.Kind.OFFSET) {
            v.required(s.offsetMinutes(), "schedule.offsetMinutes");
            v.require(s.offsetMinutes() == null || Math.abs(s.offsetMinutes()) <= MAX_OFFSET_MINUTES,
                    "schedule.offsetMinutes", "must be from -" + MAX_OFFSET_MINUTES + " to " + MAX_OFFSET_MINUTES);
        } else {
            v.require(s.offsetMinutes() == null, "schedule.offsetMinutes", "is used only by OFFSET");
        }
        if (s.kind() == Schedule.Kind.DAY_BEFORE_AT) {
            v.require(s.days() == null || (s.days() >= 0 && s.days() <= 366), "schedule.days", "must be from 0 to 366");
        } else {
            v.require(s.days() == null, "schedule.days", "is used only by DAY_BEFORE_AT");
        }
        if (s.zone() != null) {
            try {
                ZoneId.of(s.zone());
            } catch (DateTimeException e) {
                v.require(false, "schedule.zone", "must be a time zone such as Europe/Moscow");
            }
        }
    }
}
