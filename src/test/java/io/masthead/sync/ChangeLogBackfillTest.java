package io.masthead.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * An existing database syncs correctly from the start: the migration that creates the change log seeds it with
 * every article published at that moment, and every scheduled one at its time. Runs the real migrations on a
 * database of its own: H2, and PostgreSQL too when the suite runs there.
 */
class ChangeLogBackfillTest {
    private static final String PG_SCHEMA = "masthead_sync_backfill";
    /**
     * A schema from before the change log. Migrating from it to 9 also runs the migrations other features added in
     * between, as an upgrade of an existing database would.
     */
    private static final String BEFORE_CHANGE_LOG = "6";
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);

    /**
     * A file database that closes with its last connection: H2 keeps a check constraint bound to the session that
     * created it, so an in-memory database kept open would fail the inserts once Flyway's connection is closed.
     */
    @Test
    void shouldSeedTheLogWithThePublishedAndScheduledArticlesOfAnExistingDatabaseOnH2(@TempDir Path directory)
            throws SQLException {
        checkBackfill(new Database("jdbc:h2:file:" + directory.resolve("backfill").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", null, "db/migration/h2"));
    }

    @Test
    @EnabledIfSystemProperty(named = "quarkus.test.profile", matches = "pg")
    void shouldSeedTheLogWithThePublishedAndScheduledArticlesOfAnExistingDatabaseOnPostgresql() throws SQLException {
        String database = System.getenv().getOrDefault("MASTHEAD_TEST_DATABASE", "masthead_test");
        Database postgres = new Database("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", PG_SCHEMA,
                "db/migration/postgresql");
        postgres.execute("drop schema if exists " + PG_SCHEMA + " cascade");
        try {
            checkBackfill(postgres);
        } finally {
            postgres.execute("drop schema if exists " + PG_SCHEMA + " cascade");
        }
    }

    private static void checkBackfill(Database database) throws SQLException {
        database.migrate(BEFORE_CHANGE_LOG);
        Map<String, UUID> articles = new HashMap<>();
        try (Connection connection = database.connect()) {
            articles.put("live", insertArticle(connection, "published", NOW.minusDays(2)));
            articles.put("scheduled", insertArticle(connection, "published", NOW.plusDays(3)));
            articles.put("draft", insertArticle(connection, "draft", null));
            articles.put("archived", insertArticle(connection, "archived", NOW.minusDays(9)));
        }

        database.migrate("9");

        Map<UUID, String> kinds = new HashMap<>();
        Map<UUID, OffsetDateTime> positions = new HashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select article_id, kind, position_time from change_log")) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    kinds.put(id, rows.getString(2));
                    positions.put(id, rows.getObject(3, OffsetDateTime.class));
                }
            }
            assertEquals(Map.of(articles.get("live"), "upsert", articles.get("scheduled"), "upsert"), kinds);
            assertEquals(NOW.minusDays(2).toInstant(), positions.get(articles.get("live")).toInstant());
            assertEquals(NOW.plusDays(3).toInstant(), positions.get(articles.get("scheduled")).toInstant());
            try (ResultSet head = statement.executeQuery(
                    "select last_position, read_horizon, pruned_through from change_head")) {
                assertTrue(head.next());
                OffsetDateTime last = head.getObject(1, OffsetDateTime.class);
                assertTrue(last.isAfter(positions.get(articles.get("live")))
                                && last.isBefore(positions.get(articles.get("scheduled"))),
                        "writers position after the migration, before the scheduled article: " + last);
                assertNull(head.getObject(3));
                assertFalse(head.next(), "one head row");
            }
        }
    }

    private static UUID insertArticle(Connection connection, String status, OffsetDateTime publishedAt)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("insert into article (id, slug, language,"
                + " translation_group_id, headline, status, published_at, published_at_offset, created_at,"
                + " created_at_offset, updated_at, updated_at_offset, word_count, reading_time_minutes, version)"
                + " values (?, ?, 'en', ?, 'A headline', ?, ?, 0, ?, 0, ?, 0, 10, 1, 0)")) {
            insert.setObject(1, id);
            insert.setString(2, "story-" + id);
            insert.setObject(3, id);
            insert.setString(4, status);
            insert.setObject(5, publishedAt);
            insert.setObject(6, NOW.minusDays(10));
            insert.setObject(7, NOW.minusDays(10));
            insert.executeUpdate();
        }
        return id;
    }

    /** A database to migrate: a fresh H2 in memory, or a schema of its own on PostgreSQL. */
    private record Database(String url, String user, String schema, String vendorMigrations) {
        void migrate(String target) {
            var configuration = Flyway.configure().dataSource(url, user, "")
                    .locations("classpath:db/migration/common", "classpath:" + vendorMigrations)
                    .target(target);
            if (schema != null) {
                configuration.schemas(schema).defaultSchema(schema);
            }
            configuration.load().migrate();
        }

        Connection connect() throws SQLException {
            Connection connection = DriverManager.getConnection(url, user, "");
            if (schema != null) {
                connection.setSchema(schema);
            }
            return connection;
        }

        void execute(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, "");
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
