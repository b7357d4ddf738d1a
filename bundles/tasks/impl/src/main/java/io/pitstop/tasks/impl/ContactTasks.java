package io.pitstop.tasks.impl;

import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactMergeParticipant;
import io.pitstop.core.api.RecordRows;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Task links to a contact merged away point at the contact kept, inside the merge's transaction. A task that
 * links both contacts keeps one link to the kept one.
 */
@Component(service = ContactMergeParticipant.class)
public class ContactTasks implements ContactMergeParticipant {
    private final RecordRows links;

    @Activate
    public ContactTasks(@Reference(target = "(osgi.jndi.service.name=pitstop)") DataSource dataSource) {
        this.links = new RecordRows(dataSource, "task_link", "task_id");
    }

    @Override
    public String kind() {
        return "tasks";
    }

    @Override
    public int count(ContactId duplicate) {
        return links.count(duplicate.ref());
    }

    @Override
    public int move(ContactId duplicate, ContactId kept) {
        return links.move(duplicate.ref(), kept.ref());
    }
}
