package io.pitstop.ui.api.kit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.Test;

public class SavedFiltersTest {
    private static JsonObject store() {
        return Json.parse("{\"Мои\":{\"text\":\"Ромашка\",\"status\":\"ACTIVE\"},\"Архив\":{\"status\":\"ARCHIVED\"}}");
    }

    @Test
    public void aRenamedFilterKeepsItsValues() {
        JsonObject all = store();
        assertNull(SavedFilters.rename(all, "Мои", "Ромашки"));
        assertFalse(all.hasKey("Мои"));
        assertEquals("Ромашка", all.getObject("Ромашки").getString("text"));
        assertEquals("ACTIVE", all.getObject("Ромашки").getString("status"));
        assertEquals(2, all.keys().length);
    }

    @Test
    public void aNameAnotherFilterHasIsRefusedAndNothingChanges() {
        JsonObject all = store();
        assertEquals("kit.filters.taken", SavedFilters.rename(all, "Мои", "Архив"));
        assertEquals("Ромашка", all.getObject("Мои").getString("text"));
        assertEquals("ARCHIVED", all.getObject("Архив").getString("status"));
    }

    @Test
    public void renamingToTheSameNameChangesNothing() {
        JsonObject all = store();
        assertNull(SavedFilters.rename(all, "Мои", "Мои"));
        assertEquals(store().toJson(), all.toJson());
    }

    @Test
    public void aFilterDeletedElsewhereCannotBeRenamed() {
        assertEquals("kit.filters.gone", SavedFilters.rename(store(), "Нет такого", "Новый"));
    }

    @Test
    public void deleteForgetsOnlyThatFilter() {
        JsonObject all = store();
        SavedFilters.delete(all, "Мои");
        assertFalse(all.hasKey("Мои"));
        assertTrue(all.hasKey("Архив"));
        SavedFilters.delete(all, "Мои");
        assertEquals(1, all.keys().length);
    }
}
