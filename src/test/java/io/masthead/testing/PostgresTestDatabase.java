package io.masthead.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Creates the PostgreSQL database of the "pg" test profile when it does not exist, so that
 * {@code ./mvnw verify -Ppostgres} needs nothing but a running server. Flyway then cleans it at start.
 */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    /** The same default and override as {@code %pg.quarkus.datasource.jdbc.url}. */
    static final String DATABASE = System.getenv().getOrDefault("MASTHEAD_TEST_DATABASE", "masthead_test");

    @Override
    public Map<String, String> start() {
        if ("pg".equals(System.getProperty("quarkus.test.profile"))) {
            createDatabaseIfMissing();
        }
        return Map.of();
    }

    private static void createDatabaseIfMissing() {
        if (!DATABASE.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("MASTHEAD_TEST_DATABASE must be a plain lower-case name: " + DATABASE);
        }
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            boolean exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'").next();
            if (!exists) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for -Ppostgres: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        // The database stays for inspection after a run; the next run cleans it at start.
    }
}
