package io.pitstop.ui.api.kit;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class HistoryDiffTest {

    @Test
    public void anUpdateListsOnlyTheFieldsThatChangedFromWhatToWhat() {
        Map<String, String> before = HistoryDiff.parse("{\"name\":\"ООО «Альфа»\",\"phones\":[\"+74951234567\"],\"inn\":\"7707083893\"}");
        Map<String, String> after = HistoryDiff.parse("{\"name\":\"ООО «Альфа»\",\"phones\":[\"+74957654321\"],\"kpp\":\"770701001\"}");
        assertEquals(List.of(
                new HistoryDiff.Change("phones", "[\"+74951234567\"]", "[\"+74957654321\"]"),
                new HistoryDiff.Change("kpp", "null", "\"770701001\""),
                new HistoryDiff.Change("inn", "\"7707083893\"", null)), HistoryDiff.changes(before, after));
    }

    @Test
    public void aCreationListsWhatWasSetWithoutEmptyFields() {
        Map<String, String> after = HistoryDiff.parse("{\"kind\":\"PERSON\",\"phones\":[],\"note\":null,\"tags\":[\"vip\"]}");
        assertEquals(List.of(new HistoryDiff.Change("kind", null, "\"PERSON\""), new HistoryDiff.Change("tags", null, "[\"vip\"]")),
                HistoryDiff.changes(Map.of(), after));
    }

    @Test
    public void nestedValuesCompareByContent() {
        Map<String, String> a = HistoryDiff.parse("{\"addresses\":[{\"kind\":\"legal\",\"text\":\"Москва\"}]}");
        Map<String, String> b = HistoryDiff.parse("{\"addresses\":[{\"kind\":\"legal\",\"text\":\"Москва\"}]}");
        assertEquals(List.of(), HistoryDiff.changes(a, b));
    }

    @Test
    public void textThatIsNoSnapshotReadsAsNothing() {
        assertEquals(Map.of(), HistoryDiff.parse(null));
        assertEquals(Map.of(), HistoryDiff.parse("not json"));
        assertEquals(Map.of(), HistoryDiff.parse("[1,2]"));
    }
}
