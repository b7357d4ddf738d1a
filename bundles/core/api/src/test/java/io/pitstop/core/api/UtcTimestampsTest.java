package io.pitstop.core.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;

public class UtcTimestampsTest {
    @Test
    public void anInstantComesBackAsWrittenWhateverTheZoneOfTheJvm() throws SQLException {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Vladivostok"));
        try {
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName("memory:utc" + UUID.randomUUID());
            ds.setCreateDatabase("create");
            Instant at = Instant.parse("2026-03-29T00:30:00.123Z");
            try (Connection c = ds.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE t (name VARCHAR(10), n BIGINT, happened TIMESTAMP)");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (name, n, happened) VALUES (?, ?, ?)")) {
                    UtcTimestamps.bind(ps, List.of("a", 7L, at));
                    ps.executeUpdate();
                    UtcTimestamps.bind(ps, Arrays.asList(null, 8L, null));
                    ps.executeUpdate();
                }
                // the stored wall time is UTC's, so other bundles and SQL reports read the same time
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CAST(happened AS VARCHAR(30)) FROM t WHERE n = 7")) {
                    rs.next();
                    assertEquals("2026-03-29 00:30:00.123", rs.getString(1));
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT happened FROM t WHERE n = ?")) {
                    UtcTimestamps.bind(ps, List.of(7L));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(at, UtcTimestamps.get(rs, 1));
                    }
                    UtcTimestamps.bind(ps, List.of(8L));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertNull(UtcTimestamps.get(rs, 1));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT happened FROM t WHERE name = ?")) {
                    assertThrows(IllegalArgumentException.class, () -> UtcTimestamps.bind(ps, List.of(BigDecimal.ONE)));
                }
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
