package io.pitstop.timeline.impl;

import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactMergeParticipant;
import io.pitstop.core.api.RecordRows;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A contact merged away hands its history to the contact kept, inside the merge's transaction: its timeline
 * entries show on the kept card (an entry already on both stays once) and its comments, deleted ones included,
 * hang on the kept contact.
 */
abstract class ContactHistory implements ContactMergeParticipant {
    private final String kind;
    private final RecordRows rows;

    ContactHistory(String kind, RecordRows rows) {
        this.kind = kind;
        this.rows = rows;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public int count(ContactId duplicate) {
        return rows.count(duplicate.ref());
    }

    @Override
    public int move(ContactId duplicate, ContactId kept) {
        return rows.move(duplicate.ref(), kept.ref());
    }

    @Component(service = ContactMergeParticipant.class)
    public static class Entries extends ContactHistory {
        @Activate
        public Entries(@Reference(target = "(osgi.jndi.service.name=pitstop)") DataSource dataSource) {
            super("timeline", new RecordRows(dataSource, "timeline_entry_record", "entry_id"));
        }
    }

    @Component(service = ContactMergeParticipant.class)
    public static class Comments extends ContactHistory {
        @Activate
        public Comments(@Reference(target = "(osgi.jndi.service.name=pitstop)") DataSource dataSource) {
            super("comments", new RecordRows(dataSource, "record_comment", "id"));
        }
    }
}
