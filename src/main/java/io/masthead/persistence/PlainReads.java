package io.masthead.persistence;

import jakarta.inject.Singleton;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One read statement on a pooled connection in auto-commit, with neither a transaction nor a Hibernate session:
 * for the hottest delivery reads, where their set-up cost more than the statement itself (BENCHMARKS.md, "The
 * read path without Hibernate"). Only for single statements, which need no transaction to see one snapshot.
 */
@Singleton
public class PlainReads {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    protected PlainReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(NamedSql sql, Map<String, ?> values, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = sql.prepare(connection, values);
             ResultSet result = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(row.map(result));
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException("a delivery read failed: " + e.getMessage(), e);
        }
    }
}
