package io.masthead.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells the other instances on the same PostgreSQL database what a write changed, with {@code NOTIFY}, and
 * listens for what theirs changed. A notification sent inside a transaction is delivered when it commits and
 * never when it rolls back, in commit order, so the other instances invalidate exactly what committed, within
 * milliseconds. While the listening connection is down the cache is closed, because notifications sent meanwhile
 * are lost; it starts over empty once the connection is back.
 *
 * <p>The embedded H2 database serves one instance only, so there is nobody to tell and nothing to listen to.
 */
@ApplicationScoped
class ChangeNotifications {
    static final String CHANNEL = "masthead_delivery";
    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);
    private static final int POLL_MILLIS = 500;

    private final boolean postgres;
    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final ResponseCache cache;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    ChangeNotifications(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
                        EntityManager entityManager, AgroalDataSource dataSource, ResponseCache cache) {
        this.postgres = dbKind.startsWith("postgres");
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.cache = cache;
    }

    /** Joins the current transaction, if there is one, so that the others hear of it only on commit. */
    void publish(Invalidation invalidation) {
        if (!postgres) {
            return;
        }
        entityManager.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", instance + " " + invalidation.encode())
                .getSingleResult();
    }

    void onStart(@Observes StartupEvent event) {
        if (!cache.enabled()) {
            return;
        }
        if (!postgres) {
            cache.listening(true);
            return;
        }
        running = true;
        listener = new Thread(this::listen, "response-cache-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the notification connection failed", e);
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.listening(true);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.listening(false);
                if (running) {
                    LOG.warnf("The response cache is closed until notifications flow again: %s", e.getMessage());
                    pause();
                }
            } finally {
                listening = null;
            }
        }
    }

    private void receive(String payload) {
        int space = payload.indexOf(' ');
        String sender = space < 0 ? payload : payload.substring(0, space);
        if (!sender.equals(instance)) {
            cache.invalidate(Invalidation.decode(space < 0 ? "*" : payload.substring(space + 1)));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
