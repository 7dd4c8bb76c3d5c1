package io.masthead.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * How far a reader may serve the change log: the horizon, a position such that every row at or before it is
 * committed and no writer can add another one there.
 *
 * <p>The committed head row already gives one: writers position after both {@code last_position} and
 * {@code read_horizon}, and a writer in flight took its position after the values committed before it. That
 * horizon, capped at now, needs no lock and no write, and it covers every change written so far.
 *
 * <p>Only a scheduled publication that has come due since (a row between that horizon and now) needs more. Then
 * the reader tries to take the head row without waiting ({@code FOR UPDATE SKIP LOCKED}, which H2 supports with
 * the same meaning as PostgreSQL). If it gets the row, no writer is in flight, so now is a horizon, and the reader
 * records it in {@code read_horizon}: any later writer, even on an instance whose clock is behind, positions
 * after it. If a writer holds the row, the reader keeps the committed horizon; the writer positions after it, and
 * the due rows are served by the next request.
 */
@ApplicationScoped
class ReadHorizon {
    private final EntityManager entityManager;
    private final Clock clock;

    ReadHorizon(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The horizon now, settled in a short transaction of its own that ends before the page is read. */
    Instant current() {
        return QuarkusTransaction.requiringNew().call(this::settle);
    }

    private Instant settle() {
        Instant now = clock.instant();
        ChangeHead head = entityManager.find(ChangeHead.class, ChangeHead.ID);
        Instant committed = Positions.committedHorizon(head.lastPosition, head.readHorizon, now);
        if (!rowsDue(committed, now)) {
            return committed;
        }
        // The locking read must load the row afresh, not return the copy read above.
        entityManager.clear();
        @SuppressWarnings("unchecked")
        List<ChangeHead> locked = entityManager.createNativeQuery(
                        "select * from change_head where id = 1 for update skip locked", ChangeHead.class)
                .getResultList();
        if (locked.isEmpty()) {
            return committed;
        }
        ChangeHead free = locked.get(0);
        if (now.isAfter(free.readHorizon)) {
            free.readHorizon = now;
        }
        return now;
    }

    private boolean rowsDue(Instant after, Instant now) {
        return !entityManager.createQuery("select c.position from ChangeRecord c"
                        + " where c.position > :after and c.position <= :now", Instant.class)
                .setParameter("after", after)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
