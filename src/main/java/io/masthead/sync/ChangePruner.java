package io.masthead.sync;

import io.masthead.cache.ChangesDelivery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;

/**
 * Deletes remove records older than the retention, so that the log of a busy site stays proportional to its
 * articles, and records the latest one it deleted in the head row: tokens from before it get a 410 (see
 * {@link ChangeToken#isTooOld}). Upserts are never pruned; they are what a replay from the beginning returns.
 */
@ApplicationScoped
public class ChangePruner {
    private final EntityManager entityManager;
    private final SyncConfig config;
    private final Clock clock;

    ChangePruner(EntityManager entityManager, SyncConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "change-log-pruner", every = "${masthead.sync.prune-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() {
        pruneBefore(clock.instant().minus(config.retention()));
    }

    /**
     * Deletes the removes positioned before {@code cutoff}, in a transaction of its own. It takes the head row
     * first, like every writer, so that it never holds a row a writer waits for while it waits for the head.
     * Cached pages of the changes feed go with it: a token it made too old must get its 410.
     */
    @ChangesDelivery
    public void pruneBefore(Instant cutoff) {
        QuarkusTransaction.requiringNew().run(() -> {
            ChangeHead head = entityManager.find(ChangeHead.class, ChangeHead.ID, LockModeType.PESSIMISTIC_WRITE);
            Instant latest = entityManager.createQuery("select max(c.position) from ChangeRecord c"
                            + " where c.kind = :remove and c.position < :cutoff", Instant.class)
                    .setParameter("remove", ChangeKind.REMOVE)
                    .setParameter("cutoff", cutoff)
                    .getSingleResult();
            if (latest == null) {
                return;
            }
            entityManager.createQuery("delete from ChangeRecord c where c.kind = :remove and c.position <= :latest")
                    .setParameter("remove", ChangeKind.REMOVE)
                    .setParameter("latest", latest)
                    .executeUpdate();
            if (head.prunedThrough == null || latest.isAfter(head.prunedThrough)) {
                head.prunedThrough = latest;
            }
        });
    }
}
