package io.pitstop.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** The ticketing plugin's views in a real browser: a support agent answers a ticket from the queue. */
final class TicketingUiChecks {
    private TicketingUiChecks() {
    }

    /** Installs the plugin from the plugins page unless an earlier check did. */
    static void install(Browser b) throws Exception {
        b.login("admin");
        b.click("menu-plugins");
        b.visible("plugin-pitstop-ticketing-state");
        if (b.present("plugin-pitstop-ticketing-install")) {
            b.click("plugin-pitstop-ticketing-install");
            b.click("plugin-confirm-ok");
        }
        b.visible("menu-tickets");
        b.logout();
    }

    /**
     * A client's ticket waits in the queue; the agent opens it from there, writes the answer and sends it: the ticket
     * is answered and the reply is in its thread.
     */
    static void agentAnswersFromTheQueue(Browser b, Api api) throws Exception {
        install(b);
        Http http = api.http();
        TicketingChecks.department(http);
        Http.Answer client = http.post("contacts/persons", "manager", "{\"lastName\":\"Очередной\",\"emails\":[\"queue-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org\"]}");
        assertEquals(client.toString(), 201, client.status());
        Http.Answer opened = http.post("tickets", "manager", "{\"contactId\":\"" + Api.id(client.json()) + "\",\"subject\":"
                + "\"дисковое пространство + 5 гб\",\"body\":\"Уточните, пожалуйста, объём.\",\"department\":\""
                + TicketingChecks.GROUP + "\",\"urgency\":\"medium\"}");
        assertEquals(opened.toString(), 201, opened.status());
        JsonNode ticket = opened.json().get("ticket");
        long number = ticket.get("number").asLong();

        b.login("support");
        b.open("tickets?awaiting=true");
        b.visible("tickets-view");
        b.attribute("ticket-open-" + number, "data-status", "OPEN");
        b.shot("tickets-queue");
        b.click("ticket-open-" + number);
        b.visible("ticket-view");
        b.attribute("ticket-title", "data-number", Long.toString(number));
        b.type("ticket-reply-text", "Добрый день! Пакет 5 Гб добавлен.");
        b.click("ticket-reply-send");
        b.notice("ticket.replied");
        b.attribute("ticket-status", "data-status", "ANSWERED");
        b.shot("ticket-answered");
        JsonNode thread = http.get("tickets/" + ticket.get("id").asText(), "support").json().get("messages");
        assertEquals(thread.toString(), "Добрый день! Пакет 5 Гб добавлен.", thread.get(thread.size() - 1).get("body").asText());
        assertEquals("support", thread.get(thread.size() - 1).get("author").asText());
    }
}
