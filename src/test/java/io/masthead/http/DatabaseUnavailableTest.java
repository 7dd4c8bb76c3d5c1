package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {
    @Test
    void shouldRecogniseAnExhaustedPoolInEitherOfAgroalsWordings() {
        SQLException sorry = new SQLException("Sorry, acquisition timeout!");
        SQLException waiting = new SQLException("Acquisition timeout while waiting for new connection");

        assertTrue(DatabaseUnavailable.isCause(
                new GenericJDBCException("Unable to acquire JDBC Connection [Sorry, acquisition timeout!]", sorry)));
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException("a delivery read failed", waiting)));
    }

    @Test
    void shouldRecogniseAConnectionExceptionByItsSqlState() {
        assertTrue(DatabaseUnavailable.isCause(new SQLException("Connection refused", "08001")));
    }

    @Test
    void shouldNotTakeAFailedStatementForAnOutage() {
        assertFalse(DatabaseUnavailable.isCause(new SQLException("syntax error at or near \"from\"", "42601")));
        assertFalse(DatabaseUnavailable.isCause(new PersistenceException("constraint violated",
                new SQLException("duplicate key value violates unique constraint", "23505"))));
    }
}
