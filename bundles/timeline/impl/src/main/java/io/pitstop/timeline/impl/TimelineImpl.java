package io.pitstop.timeline.impl;

import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.Translations;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.Timeline;
import io.pitstop.timeline.api.TimelineEntry;
import io.pitstop.timeline.api.TimelineQuery;
import io.pitstop.core.api.ValidationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Recorded entries on plain JDBC inside {@link Transactions}. The text is translated into every language the
 * installed catalogues speak at the moment of recording and kept with the entry, so reading needs neither the
 * bundle that recorded it nor its catalogue: a plugin's entries stay readable after it is uninstalled.
 */
@Component(service = Timeline.class)
public class TimelineImpl implements Timeline {
    static final String MODULE = "timeline";
    static final List<String> SCRIPTS = List.of("V001__timeline.sql");

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private SchemaMigrations migrations;

    @Reference
    private Translations translations;

    @Activate
    void activate() {
        migrations.migrate(MODULE, TimelineImpl.class.getClassLoader(), "db/" + MODULE, SCRIPTS);
    }

    @Override
    public TimelineEntry record(EntryDraft draft) {
        EntryRules.check(draft);
        // milliseconds: both databases keep them, so what record answers equals what a later read finds
        Instant at = (draft.occurredAt() == null ? Instant.now() : draft.occurredAt()).truncatedTo(ChronoUnit.MILLIS);
        UUID id = UUID.randomUUID();
        TimelineEntry entry = new TimelineEntry(id, draft.kind(), at, draft.actor(), texts(draft.text()),
                draft.records().stream().distinct().toList(), draft.link());
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                TimelineRows rows = new TimelineRows(c);
                if (draft.sourceKey() != null) {
                    var existing = rows.bySourceKey(draft.sourceKey());
                    if (existing.isPresent()) {
                        return rows.find(existing.get()).orElseThrow();
                    }
                }
                rows.insert(entry, draft.sourceKey() == null ? id.toString() : draft.sourceKey());
                return entry;
            } catch (SQLException e) {
                throw failure("record an entry", e);
            }
        });
    }

    @Override
    public boolean revise(String sourceKey, String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.field("text", "is required");
        }
        Map<String, String> texts = texts(text);
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                TimelineRows rows = new TimelineRows(c);
                var entry = rows.bySourceKey(sourceKey);
                if (entry.isEmpty()) {
                    return false;
                }
                rows.replaceTexts(entry.get(), texts);
                return true;
            } catch (SQLException e) {
                throw failure("revise an entry", e);
            }
        });
    }

    @Override
    public Page<TimelineEntry> find(TimelineQuery query, PageRequest page) {
        if (query.kind() != null && !EntryRules.validFilter(query.kind())) {
            throw ValidationException.field("kind", "must be a kind such as contact.created, or a prefix such as contact.*");
        }
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return new TimelineRows(c).find(query, page);
            } catch (SQLException e) {
                throw failure("read the timeline", e);
            }
        });
    }

    /** English as given, plus each language a catalogue translates it into now. */
    Map<String, String> texts(String english) {
        String source = EntryRules.cut(english, TEXT_LENGTH);
        Map<String, String> out = new LinkedHashMap<>();
        out.put(SOURCE_LANGUAGE, source);
        for (Locale language : translations.languages()) {
            String tag = language.getLanguage();
            if (!tag.equals(SOURCE_LANGUAGE)) {
                String translated = translations.translate(language, source);
                if (translated != null && !translated.equals(source)) {
                    out.put(tag, EntryRules.cut(translated, TEXT_LENGTH));
                }
            }
        }
        return out;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("The timeline cannot " + what + ": " + e.getMessage(), e);
    }
}
