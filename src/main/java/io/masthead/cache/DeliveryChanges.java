package io.masthead.cache;

import io.masthead.article.ArticleChanged;
import io.masthead.http.SurrogateKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;

/**
 * Collects what a transaction changes for readers, and applies it to the response cache once the transaction has
 * committed: before the write's own response goes out, so that its author never reads the old version back, and
 * never for a write that rolled back. The other instances hear of it through {@link ChangeNotifications}, which
 * PostgreSQL delivers on the same commit.
 */
@ApplicationScoped
class DeliveryChanges {
    private static final Object PENDING = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final ResponseCache cache;
    private final ChangeNotifications notifications;
    private final Clock clock;

    DeliveryChanges(TransactionSynchronizationRegistry transactions, ResponseCache cache,
                    ChangeNotifications notifications, Clock clock) {
        this.transactions = transactions;
        this.cache = cache;
        this.notifications = notifications;
        this.clock = clock;
    }

    void on(@Observes ArticleChanged change) {
        Instant visibleFrom = change.visibleFrom() == null ? null : change.visibleFrom().toInstant();
        record(Invalidation.ofArticle(SurrogateKeys.article(change.articleId()),
                change.translationGroupId() == null ? null : SurrogateKeys.translations(change.translationGroupId()),
                change.slug(), visibleFrom != null && visibleFrom.isAfter(clock.instant()) ? visibleFrom : null));
    }

    void record(Invalidation invalidation) {
        if (!cache.enabled()) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            QuarkusTransaction.requiringNew().run(() -> notifications.publish(invalidation));
            cache.invalidate(invalidation);
            return;
        }
        Pending pending = (Pending) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        if (pending.add(invalidation)) {
            notifications.publish(invalidation);
        }
    }

    private final class Pending implements Synchronization {
        private Invalidation collected;

        /** False when the transaction already removes everything and this schedules nothing: nothing new. */
        boolean add(Invalidation invalidation) {
            boolean redundant = collected != null && collected.everything()
                    && invalidation.earliestScheduled() == null;
            collected = collected == null ? invalidation : collected.and(invalidation);
            return !redundant;
        }

        @Override
        public void beforeCompletion() {
            // Nothing to prepare: the notifications went out with the changes, and the cache waits for the outcome.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                cache.invalidate(collected);
            }
        }
    }
}
