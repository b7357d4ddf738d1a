package io.pitstop.attachments.impl;

import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactMergeParticipant;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Files on a contact merged away move to the contact kept, inside the merge's transaction. */
@Component(service = ContactMergeParticipant.class)
public class ContactFiles implements ContactMergeParticipant {
    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Override
    public String kind() {
        return "attachments";
    }

    @Override
    public int count(ContactId duplicate) {
        try (Connection c = dataSource.getConnection()) {
            return new AttachmentRows(c).count(duplicate.ref());
        } catch (SQLException e) {
            throw new IllegalStateException("Attachments cannot count the files of contact " + duplicate + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int move(ContactId duplicate, ContactId kept) {
        try (Connection c = dataSource.getConnection()) {
            return new AttachmentRows(c).move(duplicate.ref(), kept.ref());
        } catch (SQLException e) {
            throw new IllegalStateException("Attachments cannot move the files of contact " + duplicate + ": " + e.getMessage(), e);
        }
    }
}
