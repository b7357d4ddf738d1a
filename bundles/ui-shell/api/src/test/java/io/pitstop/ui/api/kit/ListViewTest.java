package io.pitstop.ui.api.kit;

import static org.junit.Assert.assertEquals;

import io.pitstop.core.api.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.Test;

public class ListViewTest {

    @Test
    public void anExportReadsEveryPageOnceAndStopsAtTheShortOne() {
        List<Integer> all = IntStream.range(0, ListView.EXPORT_PAGE * 2 + 7).boxed().toList();
        List<PageRequest> asked = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        ListView.<Integer>everyPage(p -> {
            asked.add(p);
            return all.subList(Math.min(p.offset(), all.size()), Math.min(p.offset() + p.limit(), all.size()));
        }, List.of(new PageRequest.SortOrder("name", true)), written::addAll);
        assertEquals(all, written);
        assertEquals(3, asked.size());
        assertEquals(ListView.EXPORT_PAGE * 2, asked.get(2).offset());
        assertEquals("name", asked.get(0).sort().get(0).property());
    }

    @Test
    public void aFullLastPageIsFollowedByOneEmptyPage() {
        List<Integer> all = IntStream.range(0, ListView.EXPORT_PAGE).boxed().toList();
        List<Integer> sizes = new ArrayList<>();
        ListView.<Integer>everyPage(p -> p.offset() == 0 ? all : List.of(), List.of(), page -> sizes.add(page.size()));
        assertEquals(List.of(ListView.EXPORT_PAGE, 0), sizes);
    }
}
