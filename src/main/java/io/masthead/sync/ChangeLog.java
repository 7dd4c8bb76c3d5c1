package io.masthead.sync;

import io.masthead.article.ArticleChanged;
import io.masthead.article.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The writers' side of the change log. It observes every {@link ArticleChanged} synchronously, inside the
 * transaction of the change, so that a row exists exactly when the change commits: none is lost on a crash and
 * none is left by a change that rolled back.
 *
 * <p>The event says which article changed; the rows are derived from the article as it is in the database once
 * the head row is held, not from the event, so that two writers announcing one article (an editor and a media
 * change, say) leave the rows of whichever committed last.
 *
 * <p>Lock order: a writer takes the head row after the article rows it changes (the event follows the change), and
 * the change log's rows after the head row. A writer must never wait for an article lock while it holds the head
 * row; TaggedArticles therefore locks every article it re-tags before it announces the first one.
 */
@ApplicationScoped
class ChangeLog {
    private final EntityManager entityManager;
    private final Clock clock;

    ChangeLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void on(@Observes ArticleChanged change) {
        record(change.articleId(), change.type() == ArticleChanged.Type.DELETED);
    }

    /**
     * Replaces the article's rows by the ones its current state needs. Locks the head row for the rest of the
     * transaction: writers of the log take their positions one at a time, in the order they will commit.
     */
    void record(UUID articleId, boolean deleted) {
        ChangeHead head = entityManager.find(ChangeHead.class, ChangeHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant position = Positions.next(clock.instant(), head.lastPosition, head.readHorizon);
        List<Positions.Row> earlier = entityManager.createQuery(
                        "select c.position, c.kind from ChangeRecord c where c.articleId = :article", Object[].class)
                .setParameter("article", articleId)
                .getResultStream()
                .map(row -> new Positions.Row((Instant) row[0], (ChangeKind) row[1]))
                .toList();
        Positions.Plan plan = Positions.plan(position, deleted ? null : visibleFrom(articleId), earlier,
                Positions.served(head.lastPosition, head.readHorizon));
        if (plan.keep() == null && !earlier.isEmpty()) {
            entityManager.createQuery("delete from ChangeRecord c where c.articleId = :article")
                    .setParameter("article", articleId)
                    .executeUpdate();
        } else if (earlier.size() > 1) {
            entityManager.createQuery(
                            "delete from ChangeRecord c where c.articleId = :article and c.position <> :kept")
                    .setParameter("article", articleId)
                    .setParameter("kept", plan.keep().position())
                    .executeUpdate();
        }
        for (Positions.Row row : plan.insert()) {
            entityManager.createQuery("insert into ChangeRecord (position, articleId, kind)"
                            + " values (:position, :article, :kind)")
                    .setParameter("position", row.position())
                    .setParameter("article", articleId)
                    .setParameter("kind", row.kind())
                    .executeUpdate();
            if (row.position().equals(position)) {
                head.lastPosition = position;
            }
        }
    }

    /**
     * The publication time of a published (or scheduled) article, null for any other state. Read with a query,
     * not from the persistence context, so that it is the committed state (plus this transaction's own change)
     * as of the moment the head row is held.
     */
    private Instant visibleFrom(UUID articleId) {
        List<Object[]> found = entityManager.createQuery(
                        "select a.status, a.publishedAt.instant from Article a where a.id = :id", Object[].class)
                .setParameter("id", articleId)
                .getResultList();
        if (found.isEmpty() || found.get(0)[0] != ArticleStatus.PUBLISHED) {
            return null;
        }
        return (Instant) found.get(0)[1];
    }
}
