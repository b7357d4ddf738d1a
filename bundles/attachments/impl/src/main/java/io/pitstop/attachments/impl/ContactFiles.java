package io.pitstop.attachments.impl;

import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactMergeParticipant;
import io.pitstop.core.api.RecordRows;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files on a contact merged away move to the contact kept, inside the merge's transaction. Every link moves,
 * even one to a content the kept contact holds already: two links are two uploads, each with its own name and
 * author, and the content stays stored once.
 */
@Component(service = ContactMergeParticipant.class)
public class ContactFiles implements ContactMergeParticipant {
    private final RecordRows files;

    @Activate
    public ContactFiles(@Reference(target = "(osgi.jndi.service.name=pitstop)") DataSource dataSource) {
        this.files = new RecordRows(dataSource, "attachment", null);
    }

    @Override
    public String kind() {
        return "attachments";
    }

    @Override
    public int count(ContactId duplicate) {
        return files.count(duplicate.ref());
    }

    @Override
    public int move(ContactId duplicate, ContactId kept) {
        return files.move(duplicate.ref(), kept.ref());
    }
}
