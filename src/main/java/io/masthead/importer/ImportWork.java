package io.masthead.importer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Whether any import job waits for a worker or any upload was abandoned. Every instance asks several times a
 * second and the answer is nearly always no, so it is one indexed query on a plain connection, outside
 * Hibernate: no session, no transaction, and no statements counted against the request being served.
 */
@ApplicationScoped
class ImportWork {
    private static final String QUERY = "select 1 from import_job where"
            + " (status in ('queued', 'running') and (claimed_until is null or claimed_until < ?))"
            + " or (status = 'receiving' and claimed_until < ?) fetch first 1 rows only";

    private final AgroalDataSource dataSource;
    private final Clock clock;

    ImportWork(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    boolean waiting() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setObject(1, now);
            query.setObject(2, now);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look for import work", e);
        }
    }
}
