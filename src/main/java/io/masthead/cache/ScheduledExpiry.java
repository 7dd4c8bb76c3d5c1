package io.masthead.cache;

import io.agroal.api.AgroalDataSource;
import io.masthead.article.ArticleStatus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Finds when the next scheduled publication comes due, which is when the cached responses stop being valid: at
 * start, and each time one came due. It runs on a thread of its own, because the cache notices the expiry on the
 * event loop, where nothing may block.
 */
@ApplicationScoped
class ScheduledExpiry {
    private static final Logger LOG = Logger.getLogger(ScheduledExpiry.class);
    private static final String NEXT_PUBLICATION = "select min(published_at) from article where status = '"
            + ArticleStatus.PUBLISHED.wire() + "' and published_at > ?";

    private final AgroalDataSource dataSource;
    private final ResponseCache cache;
    private final Clock clock;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "response-cache-expiry");
        thread.setDaemon(true);
        return thread;
    });

    ScheduledExpiry(AgroalDataSource dataSource, ResponseCache cache, Clock clock) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (cache.enabled()) {
            cache.onExpiry(this::refresh);
            refresh();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    private void refresh() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(this::compute);
        }
    }

    private void compute() {
        pending.set(false);
        try {
            Instant next = nextPublicationAfter(clock.instant());
            cache.open(next == null ? Instant.MAX : next);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("The response cache stays closed: the next scheduled publication could not be read (%s)",
                    e.getMessage());
            worker.schedule(this::refresh, 1, TimeUnit.SECONDS);
        }
    }

    private Instant nextPublicationAfter(Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(NEXT_PUBLICATION)) {
            statement.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            try (ResultSet result = statement.executeQuery()) {
                OffsetDateTime next = result.next() ? result.getObject(1, OffsetDateTime.class) : null;
                return next == null ? null : next.toInstant();
            }
        }
    }
}
