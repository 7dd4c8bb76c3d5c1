package io.masthead.importer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Refreshes PostgreSQL's planner statistics for the tables an import fills. A bulk load can multiply a table's size
 * before autovacuum notices (or where it is off), and with stale statistics the planner may choose plans that scan
 * whole tables. Runs ANALYZE at the end of every job, and while one runs whenever the lines this instance imported
 * have doubled since the last time (from {@link ImportConfig#analyzeEvery()} on): the statistics matter when a table
 * grows by a multiple, and an ANALYZE takes about as long at any size, so a load of a million lines pays for about
 * ten of them instead of one every few seconds.
 */
@ApplicationScoped
class ImportStatistics {
    private static final Logger LOG = Logger.getLogger(ImportStatistics.class);
    static final List<String> TABLES = List.of("media", "media_rendition", "tag", "tag_localization", "article",
            "article_contributor", "article_source", "article_tag", "block", "block_list_item", "article_revision");

    private final AgroalDataSource dataSource;
    private final int analyzeEvery;
    private final AtomicLong sinceAnalyze = new AtomicLong();
    private final AtomicLong imported = new AtomicLong();

    ImportStatistics(AgroalDataSource dataSource, ImportConfig config) {
        this.dataSource = dataSource;
        this.analyzeEvery = config.analyzeEvery();
    }

    /** Counts lines this instance imported; refreshes the statistics when enough have come together. */
    void imported(int lines) {
        long total = imported.addAndGet(lines);
        if (sinceAnalyze.addAndGet(lines) >= Math.max(analyzeEvery, total / 2)) {
            refresh();
        }
    }

    /**
     * ANALYZE on PostgreSQL; H2 keeps no statistics that would need it. A failure is logged and the import goes
     * on: the statistics only make reads faster.
     */
    void refresh() {
        sinceAnalyze.set(0);
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze " + String.join(", ", TABLES));
            }
        } catch (SQLException e) {
            LOG.warnf("Planner statistics were not refreshed after an import: %s", e.getMessage());
        }
    }
}
