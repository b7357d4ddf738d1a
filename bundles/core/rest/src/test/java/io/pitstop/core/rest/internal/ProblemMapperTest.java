package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.OutcomeUnknownException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.util.Map;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.GenericEntity;
import javax.ws.rs.core.Response;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.Test;

public class ProblemMapperTest {
    @Test
    public void aTransactionTheDatabaseUndidIsFoundAnywhereInTheChain() {
        // as Derby reports a lock it could not get inside a batch, wrapped by the service
        BatchUpdateException batch = new BatchUpdateException("A lock could not be obtained within the time requested",
                "40XL1", 30000, new int[0], new SQLTransactionRollbackException("A lock could not be obtained", "40XL1"));
        assertEquals("40XL1", ProblemMapper.rolledBack(new IllegalStateException("Cannot store 1 event(s)", batch)).getSQLState());
        // Derby's deadlock; PostgreSQL's deadlock and serialization failure
        assertEquals("40XL2", ProblemMapper.rolledBack(new SQLTransactionRollbackException("deadlock", "40XL2")).getSQLState());
        assertEquals("40P01", ProblemMapper.rolledBack(new RuntimeException(new SQLException("deadlock detected", "40P01"))).getSQLState());
        SQLException first = new SQLException("Batch entry 0 was aborted", "08006");
        first.setNextException(new SQLException("could not serialize access", "40001"));
        assertEquals("40001", ProblemMapper.rolledBack(first).getSQLState());
    }

    @Test
    public void otherDatabaseFailuresAreNotBusy() {
        assertNull(ProblemMapper.rolledBack(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertNull(ProblemMapper.rolledBack(new SQLException("no state")));
        assertNull(ProblemMapper.rolledBack(new IllegalStateException("boom")));
        // class 40, but not contention: the commit's outcome is unknown, or Derby itself failed
        assertNull(ProblemMapper.rolledBack(new SQLException("statement completion unknown", "40003")));
        assertNull(ProblemMapper.rolledBack(new SQLException("exception during transaction commit", "40XT1")));
        assertNull(ProblemMapper.rolledBack(new SQLException("container closed", "40XD0")));
    }

    @Test
    public void anUnreachableDatabaseIsFoundAnywhereInTheChain() {
        // PostgreSQL gone: the driver's I/O failure, its refusal at connect, shutting down, still starting
        assertNotNull(ProblemMapper.unreachable(new RuntimeException(new SQLException("An I/O error occurred", "08006"))));
        assertNotNull(ProblemMapper.unreachable(new SQLException("Connection refused", "08001", new ConnectException("refused"))));
        assertNotNull(ProblemMapper.unreachable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertNotNull(ProblemMapper.unreachable(new SQLException("the database system is starting up", "57P03")));
        // the pool with nothing to hand out
        assertNotNull(ProblemMapper.unreachable(new IllegalStateException(new SQLException(
                "Cannot get a connection, pool error Timeout waiting for idle object"))));
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("This connection has been closed.", "08003"));
        assertNotNull(ProblemMapper.unreachable(batch));
        assertNotNull(ProblemMapper.unreachable(new IllegalStateException("Ledger cannot use its database connection",
                new SQLException("Unable to enlist connection in transaction: enlistResource returns 'false'."))));
        assertNull(ProblemMapper.unreachable(new SQLException("duplicate key", "23505")));
        assertNull(ProblemMapper.unreachable(new SQLException("deadlock", "40P01")));
        assertNull(ProblemMapper.unreachable(new IllegalStateException("boom")));
    }

    @Test
    public void anOutageIs503WithRetryAfterAndEndsWithTheFirstSuccess() {
        ProblemMapper mapper = new ProblemMapper();
        for (int i = 0; i < 3; i++) {
            Response r = mapper.toResponse(new RuntimeException(new SQLException("An I/O error occurred", "08006")));
            assertEquals(503, r.getStatus());
            assertEquals(ProblemMapper.OUTAGE_RETRY_AFTER, r.getHeaderString("Retry-After"));
            assertEquals("urn:pitstop:problem:unavailable", body(r).get("type"));
            assertTrue(mapper.inOutage());
        }
        mapper.filter(null, answered(503));
        assertTrue(mapper.inOutage());
        mapper.filter(null, answered(200));
        assertFalse(mapper.inOutage());
    }

    @Test
    public void anUnknownOutcomeSaysRepeatingWithTheSameKeyIsSafe() {
        Response r = new ProblemMapper().toResponse(new OutcomeUnknownException("Commit of transfer k-1 not confirmed",
                new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertEquals(503, r.getStatus());
        assertEquals("urn:pitstop:problem:outcome-unknown", body(r).get("type"));
        String detail = (String) body(r).get("detail");
        assertTrue(detail, detail.contains("same Idempotency-Key is safe"));
        assertFalse(detail, detail.contains("nothing was changed"));
    }

    @Test
    public void anIncidentNoLongerClaimsNothingWasChanged() {
        Response r = new ProblemMapper().toResponse(new IllegalStateException("after the commit"));
        assertEquals(500, r.getStatus());
        String detail = (String) body(r).get("detail");
        assertTrue(detail, detail.startsWith("The server failed. Quote incident "));
        assertFalse(detail, detail.contains("nothing was changed"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response r) {
        Object entity = r.getEntity() instanceof GenericEntity<?> typed ? typed.getEntity() : r.getEntity();
        return (Map<String, Object>) entity;
    }

    /** A response of which only the status is known, which is all the recovery check reads. */
    private static ContainerResponseContext answered(int status) {
        return (ContainerResponseContext) Proxy.newProxyInstance(ProblemMapperTest.class.getClassLoader(),
                new Class<?>[] {ContainerResponseContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getStatus")) {
                        return status;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
