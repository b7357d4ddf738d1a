package io.pitstop.core.api;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

public class RecordRowsTest {
    private final RecordRef duplicate = new RecordRef("contact", UUID.randomUUID());
    private final RecordRef kept = new RecordRef("contact", UUID.randomUUID());
    private final RecordRef other = new RecordRef("account", duplicate.id());
    private EmbeddedDataSource dataSource;

    @Before
    public void table() throws SQLException {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:recordrows" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE link (thing VARCHAR(10), record_type VARCHAR(20), record_id VARCHAR(36))");
        }
        insert("a", duplicate);
        insert("b", duplicate);
        insert("b", kept);
        insert("c", kept);
        insert("d", other);
    }

    @Test
    public void aThingOnBothRecordsStaysOnceOnTheTarget() throws SQLException {
        RecordRows rows = new RecordRows(dataSource, "link", "thing");
        assertEquals(2, rows.count(duplicate));
        assertEquals(2, rows.move(duplicate, kept));
        assertEquals(0, rows.count(duplicate));
        assertEquals(List.of("a", "b", "c"), things(kept));
        assertEquals("the same id under another type is another record", List.of("d"), things(other));
    }

    @Test
    public void withoutAKeyEveryRowMoves() throws SQLException {
        RecordRows rows = new RecordRows(dataSource, "link", null);
        assertEquals(2, rows.move(duplicate, kept));
        assertEquals(List.of("a", "b", "b", "c"), things(kept));
    }

    @Test(expected = IllegalStateException.class)
    public void aMissingTableFailsLoudly() {
        new RecordRows(dataSource, "no_such_table", null).count(kept);
    }

    private void insert(String thing, RecordRef record) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO link VALUES ('" + thing + "', '" + record.type() + "', '" + record.id() + "')");
        }
    }

    private List<String> things(RecordRef record) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT thing FROM link WHERE record_type = '" + record.type()
                     + "' AND record_id = '" + record.id() + "' ORDER BY thing")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
