package io.pitstop.tasks.impl;

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
 * Task links to a contact merged away point at the contact kept, inside the merge's transaction. A task that
 * links both contacts keeps one link to the kept one.
 */
@Component(service = ContactMergeParticipant.class)
public class ContactTasks implements ContactMergeParticipant {
    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Override
    public String kind() {
        return "tasks";
    }

    @Override
    public int count(ContactId duplicate) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT COUNT(DISTINCT task_id) FROM task_link WHERE record_type = ? AND record_id = ?")) {
            q.setString(1, ContactId.TYPE);
            q.setString(2, duplicate.toString());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the tasks of contact " + duplicate + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int move(ContactId duplicate, ContactId kept) {
        int tasks = count(duplicate);
        try (Connection c = dataSource.getConnection();
             PreparedStatement twice = c.prepareStatement("DELETE FROM task_link WHERE record_type = ? AND record_id = ?"
                     + " AND task_id IN (SELECT task_id FROM task_link WHERE record_type = ? AND record_id = ?)");
             PreparedStatement up = c.prepareStatement(
                     "UPDATE task_link SET record_id = ? WHERE record_type = ? AND record_id = ?")) {
            twice.setString(1, ContactId.TYPE);
            twice.setString(2, duplicate.toString());
            twice.setString(3, ContactId.TYPE);
            twice.setString(4, kept.toString());
            twice.executeUpdate();
            up.setString(1, kept.toString());
            up.setString(2, ContactId.TYPE);
            up.setString(3, duplicate.toString());
            up.executeUpdate();
            return tasks;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the tasks of contact " + duplicate + ": " + e.getMessage(), e);
        }
    }
}
