package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

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
}
