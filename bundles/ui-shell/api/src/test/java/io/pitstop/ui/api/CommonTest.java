package io.pitstop.ui.api;

import static org.junit.Assert.assertEquals;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.pitstop.core.api.PageRequest;
import java.util.List;
import org.junit.Test;

public class CommonTest {
    private static final PageRequest.SortOrder BY_NAME = new PageRequest.SortOrder("name", true);

    @Test
    public void theGridsWindowAndAllowedSortReachTheService() {
        Query<Object, Void> q = new Query<>(100, 50, List.of(new QuerySortOrder("inn", SortDirection.DESCENDING),
                new QuerySortOrder("note", SortDirection.ASCENDING)), null, null);
        PageRequest page = Common.page(q, List.of("name", "inn"), BY_NAME);
        assertEquals(100, page.offset());
        assertEquals(50, page.limit());
        assertEquals(List.of(new PageRequest.SortOrder("inn", false)), page.sort());
    }

    @Test
    public void withoutAnAllowedSortTheFallbackAppliesAndTheLimitIsCapped() {
        Query<Object, Void> q = new Query<>(0, 5000, List.of(new QuerySortOrder("note", SortDirection.ASCENDING)), null, null);
        PageRequest page = Common.page(q, List.of("name"), BY_NAME);
        assertEquals(List.of(BY_NAME), page.sort());
        assertEquals(PageRequest.MAX_LIMIT, page.limit());
    }
}
