package com.mitpo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aDatabaseOutOfReachIsToldByItsCauses() {
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool")));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated because: refused"))));
        var chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseOutage.causedBy(chained), "the next exception of a batch");
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("permission denied", "42501")));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("bad")));
        assertFalse(DatabaseOutage.causedBy(null));
        var loop = new RuntimeException("a");
        var other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertFalse(DatabaseOutage.causedBy(loop), "a cause cycle ends");
    }
}
