package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import javax.mail.Message;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The mail part of {@link TicketingChecks}: GreenMail and javax.mail, loaded once the plugin brought them. */
final class TicketingMailChecks {
    private static final String MAILBOX = "support@tickets.example";
    private static final String PASSWORD = "mailbox-secret";
    private static final String GROUP = TicketingChecks.GROUP;

    private TicketingMailChecks() {
    }

    static void flow(BundleContext context, Http http) throws Exception {
        int smtpPort = PitstopTestSupport.freePort();
        int imapPort = PitstopTestSupport.freePort();
        GreenMail mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(MAILBOX, MAILBOX, PASSWORD);
        Configuration smtp = NotifyChecks.config(context, "io.pitstop.notifications.mail");
        Configuration mailbox = null;
        ServiceReference<ConfigurationAdmin> cmRef = context.getServiceReference(ConfigurationAdmin.class);
        try {
            Dictionary<String, Object> out = new Hashtable<>();
            out.put("host", "127.0.0.1");
            out.put("port", Integer.toString(smtpPort));
            out.put("from", MAILBOX);
            out.put("redeliveries", "1");
            out.put("redeliveryDelayMillis", "200");
            out.put("timeoutMillis", "2000");
            smtp.update(out);
            mailbox = context.getService(cmRef).createFactoryConfiguration("io.pitstop.ticketing.mailbox", "?");
            Dictionary<String, Object> in = new Hashtable<>();
            in.put("department", GROUP);
            in.put("address", MAILBOX);
            in.put("host", "127.0.0.1");
            in.put("port", Integer.toString(imapPort));
            in.put("user", MAILBOX);
            in.put("password", PASSWORD);
            in.put("delayMillis", "300");
            mailbox.update(in);

            String client = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            Http.Answer person = http.post("contacts/persons", "manager", "{\"lastName\":\"Клиентов\",\"firstName\":\"Вадим\","
                    + "\"emails\":[\"" + client + "\"]}");
            assertEquals(person.toString(), 201, person.status());
            String contactId = Api.id(person.json());

            // a client's mail becomes a ticket in the mailbox's department, on the contact of its sender
            send(smtpPort, client, "дисковое пространство + 5 гб", "Добрый день!\nДобавьте 5 Гб.", null);
            JsonNode ticket = awaitTicket(http, contactId, t -> true);
            String id = ticket.get("id").asText();
            long number = ticket.get("number").asLong();
            assertEquals("дисковое пространство + 5 гб", ticket.get("subject").asText());
            assertEquals(GROUP, ticket.get("department").asText());
            assertEquals("OPEN", ticket.get("status").asText());
            assertEquals(false, ticket.get("review").asBoolean());
            JsonNode thread = http.get("tickets/" + id, "support").json().get("messages");
            assertEquals(thread.toString(), "IN", thread.get(0).get("kind").asText());
            assertEquals("Добрый день!\nДобавьте 5 Гб.", thread.get(0).get("body").asText());

            // a staff reply reaches the client's mailbox with the reference in its subject
            Http.Answer reply = http.post("tickets/" + id + "/replies", "support", "{\"body\":\"Пакет 5 Гб добавлен.\"}");
            assertEquals(reply.toString(), 200, reply.status());
            assertEquals("ANSWERED", http.get("tickets/" + id, "support").json().get("ticket").get("status").asText());
            MimeMessage answer = awaitMail(mail, client, "[#" + number + "]");
            assertEquals("Re: дисковое пространство + 5 гб [#" + number + "]", answer.getSubject());

            // an auto-reply to that answer is no ticket and changes nothing; the client's own answer reopens the ticket
            send(smtpPort, client, "Автоответ: Re: дисковое пространство + 5 гб [#" + number + "]", "Я в отпуске.",
                    "auto-replied");
            send(smtpPort, client, "Re: дисковое пространство + 5 гб [#" + number + "]", "Спасибо, а ещё 5?", null);
            JsonNode replied = awaitTicket(http, contactId, t -> t.get("status").asText().equals("CLIENT_REPLIED"));
            assertEquals(id, replied.get("id").asText());
            JsonNode after = http.get("tickets/" + id, "support").json().get("messages");
            assertEquals(after.toString(), 3, after.size());
            assertEquals("Спасибо, а ещё 5?", after.get(2).get("body").asText());
            assertEquals(1, http.get("tickets?contactId=" + contactId, "support").json().get("total").asInt());

            // closed, then the client writes again: open once more
            Http.Answer closed = http.post("tickets/" + id + "/status", "support", "{\"status\":\"closed\"}");
            assertEquals(closed.toString(), "CLOSED", closed.json().get("status").asText());
            send(smtpPort, client, "Re: [#" + number + "] снова", "Опять не хватает места.", null);
            awaitTicket(http, contactId, t -> t.get("status").asText().equals("OPEN"));
            assertEquals(1, http.get("tickets?contactId=" + contactId, "support").json().get("total").asInt());
            assertTrue(http.get("tickets?awaiting=true&contactId=" + contactId, "support").json().get("total").asInt() == 1);
        } finally {
            if (mailbox != null) {
                mailbox.delete();
            }
            smtp.delete();
            context.ungetService(cmRef);
            mail.stop();
        }
    }

    private static void send(int port, String from, String subject, String text, String autoSubmitted) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(port));
        MimeMessage m = new MimeMessage(Session.getInstance(p));
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        if (autoSubmitted != null) {
            m.setHeader("Auto-Submitted", autoSubmitted);
        }
        // the class loader of javax.mail, so that its providers are found inside OSGi
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Session.class.getClassLoader());
        try {
            Transport.send(m);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    private static JsonNode awaitTicket(Http http, String contactId, Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < deadline) {
            last = http.get("tickets?contactId=" + contactId, "support").json();
            for (JsonNode t : last.get("items")) {
                if (wanted.test(t)) {
                    return t;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such ticket of contact " + contactId + " in 30 s: " + last);
    }

    private static MimeMessage awaitMail(GreenMail mail, String to, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                String subject = m.getSubject();
                if (subject != null && subject.contains(subjectPart)
                        && m.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(to)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + to + " with " + subjectPart + " in 30 s");
    }

}
