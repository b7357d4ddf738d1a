package io.pitstop.timeline.impl;

import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactMergeParticipant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A contact merged away hands its history to the contact kept, inside the merge's transaction: its timeline
 * entries show on the kept card (an entry already on both stays once) and its comments, deleted ones included,
 * hang on the kept contact.
 */
abstract class ContactHistory implements ContactMergeParticipant {
    /** The pitstop data source; each component holds its own reference (DS annotations are not inherited here). */
    abstract DataSource dataSource();

    /** The table whose {@code record_type}/{@code record_id} point at a record, and its own key column. */
    abstract String table();

    abstract String key();

    @Override
    public int count(ContactId duplicate) {
        try (Connection c = dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + table()
                     + " WHERE record_type = ? AND record_id = ?")) {
            q.setString(1, ContactId.TYPE);
            q.setString(2, duplicate.toString());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the " + kind() + " of contact " + duplicate + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public int move(ContactId duplicate, ContactId kept) {
        int rows = count(duplicate);
        try (Connection c = dataSource().getConnection();
             PreparedStatement twice = c.prepareStatement("DELETE FROM " + table() + " WHERE record_type = ?"
                     + " AND record_id = ? AND " + key() + " IN (SELECT " + key() + " FROM " + table()
                     + " WHERE record_type = ? AND record_id = ?)");
             PreparedStatement up = c.prepareStatement("UPDATE " + table() + " SET record_id = ?"
                     + " WHERE record_type = ? AND record_id = ?")) {
            twice.setString(1, ContactId.TYPE);
            twice.setString(2, duplicate.toString());
            twice.setString(3, ContactId.TYPE);
            twice.setString(4, kept.toString());
            twice.executeUpdate();
            up.setString(1, kept.toString());
            up.setString(2, ContactId.TYPE);
            up.setString(3, duplicate.toString());
            up.executeUpdate();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the " + kind() + " of contact " + duplicate + ": "
                    + e.getMessage(), e);
        }
    }

    @Component(service = ContactMergeParticipant.class)
    public static class Entries extends ContactHistory {
        @Reference(target = "(osgi.jndi.service.name=pitstop)")
        private DataSource dataSource;

        @Override
        DataSource dataSource() {
            return dataSource;
        }

        @Override
        public String kind() {
            return "timeline";
        }

        @Override
        String table() {
            return "timeline_entry_record";
        }

        @Override
        String key() {
            return "entry_id";
        }
    }

    @Component(service = ContactMergeParticipant.class)
    public static class Comments extends ContactHistory {
        @Reference(target = "(osgi.jndi.service.name=pitstop)")
        private DataSource dataSource;

        @Override
        DataSource dataSource() {
            return dataSource;
        }

        @Override
        public String kind() {
            return "comments";
        }

        @Override
        String table() {
            return "record_comment";
        }

        @Override
        String key() {
            return "id";
        }
    }
}
