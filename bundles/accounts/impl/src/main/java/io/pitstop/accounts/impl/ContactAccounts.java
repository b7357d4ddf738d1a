package io.pitstop.accounts.impl;

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
 * The accounts of a contact merged away pass to the contact kept, inside the merge's transaction. Plain SQL on
 * the transaction's connection: the owner is one column, and the version moves so that a card open on an old
 * copy of the account is told it changed. Books and their entries name accounts, not owners, so they stay.
 */
@Component(service = ContactMergeParticipant.class)
public class ContactAccounts implements ContactMergeParticipant {
    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Override
    public String kind() {
        return "accounts";
    }

    @Override
    public int count(ContactId duplicate) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM account WHERE owner_id = ?")) {
            q.setString(1, duplicate.toString());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the accounts of contact " + duplicate + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int move(ContactId duplicate, ContactId kept) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement up = c.prepareStatement("UPDATE account SET owner_id = ?, version = version + 1 WHERE owner_id = ?")) {
            up.setString(1, kept.toString());
            up.setString(2, duplicate.toString());
            return up.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the accounts of contact " + duplicate + ": " + e.getMessage(), e);
        }
    }
}
