package io.masthead.sync;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * Makes the current transaction read from one snapshot of the database, taken at its first statement. On
 * PostgreSQL that is REPEATABLE READ; H2 names it SNAPSHOT (its REPEATABLE READ snapshots each table on first
 * access, not the database). A read-only transaction at these levels never fails with a serialization error.
 * The pool restores the connection's default level when the transaction ends.
 */
final class Snapshot {
    /** H2's JDBC value for its SNAPSHOT isolation level, which java.sql.Connection does not name. */
    private static final int H2_SNAPSHOT = 6;

    private Snapshot() {
    }

    /** Call before the transaction's first statement. */
    static void begin(Session session) {
        session.doWork(connection -> connection.setTransactionIsolation(levelFor(connection)));
    }

    private static int levelFor(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName())
                ? H2_SNAPSHOT
                : Connection.TRANSACTION_REPEATABLE_READ;
    }
}
