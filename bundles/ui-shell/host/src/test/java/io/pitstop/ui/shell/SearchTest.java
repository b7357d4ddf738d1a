package io.pitstop.ui.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.SearchHit;
import io.pitstop.ui.api.SearchProvider;
import io.pitstop.ui.api.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.Test;

public class SearchTest {
    private static final Actor MANAGER = new Actor("m", Set.of(Actor.MANAGER));

    /** A provider that finds {@code count} hits for any text, visible to {@code roles}. */
    record Provider(String type, int count, Set<String> requiredRoles) implements SearchProvider {
        @Override
        public List<SearchHit> search(String text, int limit, Actor actor) {
            if (count < 0) {
                throw new IllegalStateException("broken plugin");
            }
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < Math.min(count, limit); i++) {
                hits.add(new SearchHit(text + " " + i, "", type + "/" + i));
            }
            return hits;
        }

        @Override
        public String labelKey() {
            return "menu.dashboard";
        }

        @Override
        public Texts texts() {
            return ShellTexts.TEXTS;
        }
    }

    @Test
    public void hitsAreGroupedByProviderAndEmptyGroupsLeftOut() {
        List<Search.Group> groups = Search.run(List.of(new Provider("contact", 2, Set.of()), new Provider("account", 0, Set.of()),
                new Provider("task", 1, Set.of())), "ab", 5, MANAGER, Locale.ENGLISH);
        assertEquals(List.of("contact", "task"), groups.stream().map(Search.Group::type).toList());
        assertEquals(2, groups.get(0).hits().size());
        assertEquals("Dashboard", groups.get(0).label());
        assertFalse(groups.get(0).more());
    }

    @Test
    public void aGroupSaysWhenThereAreMoreThanShown() {
        Search.Group g = Search.run(List.of(new Provider("contact", 7, Set.of())), "ab", 5, MANAGER, Locale.ENGLISH).get(0);
        assertEquals(5, g.hits().size());
        assertTrue(g.more());
        g = Search.run(List.of(new Provider("contact", 5, Set.of())), "ab", 5, MANAGER, Locale.ENGLISH).get(0);
        assertFalse("exactly as many as shown is not more", g.more());
    }

    @Test
    public void providersTheActorMayNotSeeAreNotAsked() {
        assertEquals(List.of(), Search.run(List.of(new Provider("ledger", 3, Set.of(Actor.ACCOUNTANT))), "ab", 5, MANAGER,
                Locale.ENGLISH));
    }

    @Test
    public void tooShortATextAsksNobody() {
        assertEquals(List.of(), Search.run(List.of(new Provider("contact", 3, Set.of())), " a ", 5, MANAGER, Locale.ENGLISH));
    }

    @Test
    public void aBrokenProviderLeavesTheOthersTheirGroups() {
        List<Search.Group> groups = Search.run(List.of(new Provider("broken", -1, Set.of()), new Provider("contact", 1, Set.of())),
                "ab", 5, MANAGER, Locale.ENGLISH);
        assertEquals(List.of("contact"), groups.stream().map(Search.Group::type).toList());
    }
}
