package io.pitstop.shell;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** Finds contacts by name fragment, phone, e-mail or INN. */
@Service
@Command(scope = "pitstop", name = "contact-find", description = "Find contacts by name fragment, phone, e-mail or INN")
public class ContactFind implements Action {
    @Reference
    private ContactService contacts;

    @Argument(index = 0, name = "text", description = "name fragment, phone, e-mail or INN", required = false)
    private String text;

    @Option(name = "-n", aliases = "--limit", description = "how many to show")
    private int limit = 20;

    @Override
    public Object execute() {
        Page<Contact> page = contacts.search(new ContactQuery(text, null, null, null), PageRequest.first(Math.max(1, Math.min(limit, 1000))));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Kind");
        table.column("Name");
        table.column("INN");
        table.column("Phones");
        table.column("Status");
        for (Contact c : page.items()) {
            table.addRow().addContent(c.id(), c.kind(), c.name(), c.inn() == null ? "" : c.inn(),
                    String.join(", ", c.phones()), c.status());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " shown");
        return null;
    }
}
