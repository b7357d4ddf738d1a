package io.pitstop.itests;

import static org.junit.Assert.assertTrue;

import org.osgi.framework.BundleContext;

/**
 * The ticketing plugin with real mail servers on loopback (GreenMail's SMTP and IMAP inside the container): a
 * client's mail to the support mailbox becomes a ticket, a staff reply reaches the client's mailbox with the
 * reference in its subject, the client's answer reopens the ticket (answered → client replied, closed → open), and
 * an auto-reply makes no ticket. Called from {@link CoreSuite} on Derby and PostgreSQL.
 */
final class TicketingChecks {
    static final String FEATURE = "pitstop-ticketing";
    static final String GROUP = "support";

    private TicketingChecks() {
    }

    /** Installs the plugin unless it runs already, and waits for its REST. */
    static void install(BundleContext context) throws Exception {
        Plugins.install(context, FEATURE, "tickets?limit=1", "support");
    }

    /** The department tickets go to: a staff group, made once. */
    static void department(Http http) {
        Http.Answer group = http.post("staff/groups", "admin", "{\"code\":\"" + GROUP + "\",\"name\":\"Техподдержка\"}");
        assertTrue(group.toString(), group.status() == 201 || group.status() == 409);
    }

    /**
     * Installs the plugin (which brings Camel's mail feature and so javax.mail), then runs the flow from a class of
     * its own: the probe bundle can load mail classes only once they are in the container.
     */
    static void mailFlow(BundleContext context, Http http) throws Exception {
        install(context);
        department(http);
        NotifyChecks.greenMailBundle(context);
        TicketingMailChecks.flow(context, http);
    }
}
