package io.pitstop.core.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;

public class SchemaMigrationsImplTest {
    /** A fresh in-memory Derby database, for the core's tests. */
    static EmbeddedDataSource derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:mig" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    @Test
    public void splitsStatementsAndSkipsComments() {
        List<String> s = SchemaMigrationsImpl.statements("-- header\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n");
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)"), s);
    }

    @Test
    public void refusesBadScriptNames() {
        assertThrows(IllegalArgumentException.class, () -> SchemaMigrationsImpl.version("create.sql"));
        assertEquals(12, SchemaMigrationsImpl.version("V012__x_y.sql"));
    }

    @Test
    public void appliesCoreSchemaOnceAndAuditWorks() throws Exception {
        EmbeddedDataSource ds = derby();
        new SchemaMigrationsImpl(ds);
        new SchemaMigrationsImpl(ds); // second start is a no-op
        AuditServiceImpl audit = new AuditServiceImpl(ds);
        RecordRef ref = new RecordRef("contact", UUID.randomUUID());
        audit.record(Actor.system("test"), ref, "created", null, Map.of("name", "ООО Ромашка"));
        audit.record(Actor.system("test"), ref, "renamed", Map.of("name", "ООО Ромашка"), Map.of("name", "ООО Лютик"));
        var page = audit.history(ref, PageRequest.first(10));
        assertEquals(2, page.total());
        assertEquals("{\"name\":\"ООО Лютик\"}", page.items().stream().filter(e -> e.action().equals("renamed")).findFirst().get().after());
    }
}
