package io.masthead.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void shouldSeedTheLogWithThePublishedAndScheduledArticlesOfAnExistingDatabaseOnH2() throws SQLException {
        String url = "jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            checkBackfill(url, "sa", "", null, "db/migration/h2", connection);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "quarkus.test.profile", matches = "pg")
    void shouldSeedTheLogWithThePublishedAndScheduledArticlesOfAnExistingDatabaseOnPostgresql() throws SQLException {
        String database = System.getenv().getOrDefault("MASTHEAD_TEST_DATABASE", "masthead_test");
        String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.createStatement().execute("drop schema if exists " + PG_SCHEMA + " cascade");
            try {
                checkBackfill(url, "postgres", "", PG_SCHEMA, "db/migration/postgresql", connection);
            } finally {
                connection.createStatement().execute("drop schema if exists " + PG_SCHEMA + " cascade");
            }
        }
    }

    private static void checkBackfill(String url, String user, String password, String schema, String vendor,
                                      Connection connection) throws SQLException {
        // The schema as it was before the change log existed, with content in every state.
        migrate(url, user, password, schema, vendor, BEFORE_CHANGE_LOG);
        if (schema != null) {
            connection.createStatement().execute("set search_path to " + schema);
        }
        UUID live = insertArticle(connection, "published", NOW.minusDays(2));
        UUID scheduled = insertArticle(connection, "published", NOW.plusDays(3));
        UUID draft = insertArticle(connection, "draft", null);
        UUID archived = insertArticle(connection, "archived", NOW.minusDays(9));

        migrate(url, user, password, schema, vendor, "9");

        Map<UUID, String> rows = new HashMap<>();
        Map<UUID, OffsetDateTime> positions = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select article_id, kind, position_time from change_log")) {
            while (result.next()) {
                UUID id = result.getObject(1, UUID.class);
                rows.put(id, result.getString(2));
                positions.put(id, result.getObject(3, OffsetDateTime.class));
            }
        }
        assertEquals(Map.of(live, "upsert", scheduled, "upsert"), rows);
        assertEquals(NOW.minusDays(2).toInstant(), positions.get(live).toInstant());
        assertEquals(NOW.plusDays(3).toInstant(), positions.get(scheduled).toInstant());
        try (Statement statement = connection.createStatement();
             ResultSet head = statement.executeQuery("select last_position, read_horizon, pruned_through"
                     + " from change_head")) {
            assertTrue(head.next());
            OffsetDateTime last = head.getObject(1, OffsetDateTime.class);
            assertTrue(last.isAfter(positions.get(live)) && last.isBefore(positions.get(scheduled)),
                    "writers position after the migration, before the scheduled article: " + last);
            assertEquals(null, head.getObject(3));
            assertTrue(!head.next(), "one head row");
        }
        assertTrue(!rows.containsKey(draft) && !rows.containsKey(archived));
    }

    private static void migrate(String url, String user, String password, String schema, String vendor,
                                String target) {
        var configuration = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:" + vendor)
                .target(target);
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        configuration.load().migrate();
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
}
