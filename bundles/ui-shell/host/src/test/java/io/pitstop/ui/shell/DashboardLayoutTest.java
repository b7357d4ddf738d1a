package io.pitstop.ui.shell;

import static org.junit.Assert.assertEquals;

import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.DashboardArea;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class DashboardLayoutTest {
    /** A counter or card as far as the layout cares: its id and its area. */
    record Item(String id, String area) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("contacts", DashboardArea.CONTACTS),
            new Item("accounts-active", DashboardArea.MONEY),
            new Item("my-tasks", DashboardArea.TASKS),
            new Item("postings-today", DashboardArea.MONEY),
            new Item("recent-activity", DashboardArea.ACTIVITY),
            new Item("sample", DashboardArea.OTHER),
            new Item("vehicles", "fleet"));

    private static List<String> layout(String... roles) {
        return DashboardLayout.arrange(ITEMS, Item::area, new Actor("u", Set.of(roles))).stream().map(Item::id).toList();
    }

    @Test
    public void anAccountantSeesMoneyFirst() {
        assertEquals(List.of("accounts-active", "postings-today", "my-tasks", "contacts", "recent-activity", "sample",
                "vehicles"), layout(Actor.ACCOUNTANT));
    }

    @Test
    public void aManagerSeesContactsAndTasksFirstAndMoneyLast() {
        assertEquals(List.of("contacts", "my-tasks", "recent-activity", "accounts-active", "postings-today", "sample",
                "vehicles"), layout(Actor.MANAGER));
    }

    @Test
    public void supportSeesContactsAndNoMoney() {
        assertEquals(List.of("contacts", "my-tasks", "recent-activity", "sample", "vehicles"), layout(Actor.SUPPORT));
    }

    @Test
    public void anAdminSeesEverything() {
        assertEquals(ITEMS.size(), layout(Actor.ADMIN).size());
        assertEquals("contacts", layout(Actor.ADMIN).get(0));
    }

    @Test
    public void severalRolesTakeTheStrongestOrderAndTheUnionOfAreas() {
        // support alone sees no money; as an accountant too, money comes first
        assertEquals(List.of("accounts-active", "postings-today", "my-tasks", "contacts", "recent-activity", "sample",
                "vehicles"), layout(Actor.SUPPORT, Actor.ACCOUNTANT));
    }

    @Test
    public void aRoleTheTableDoesNotKnowSeesTheDaysWorkAndPluginAreas() {
        assertEquals(List.of("my-tasks", "recent-activity", "sample", "vehicles"), layout("credit-admin"));
    }
}
