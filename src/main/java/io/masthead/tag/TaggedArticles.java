package io.masthead.tag;

import io.masthead.article.Article;
import io.masthead.article.ArticleChanged;
import io.masthead.article.ArticleState;
import io.masthead.article.RevisionAction;
import io.masthead.article.Revisions;
import io.masthead.persistence.OffsetTimestamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * The articles whose tag list changes when a tag is merged or renamed. Their content (which lists tag slugs)
 * changes, so each gets a new version, which invalidates the If-Match of anyone editing an old copy, and a
 * revision. Versions move in one statement per chunk rather than one per article.
 */
@ApplicationScoped
class TaggedArticles {
    // Keeps every IN list far below the bind-parameter limits of PostgreSQL and H2.
    private static final int CHUNK = 500;

    private final EntityManager entityManager;
    private final Revisions revisions;
    private final Event<ArticleChanged> events;
    private final Clock clock;

    TaggedArticles(EntityManager entityManager, Revisions revisions, Event<ArticleChanged> events, Clock clock) {
        this.entityManager = entityManager;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /** Every article carrying the tag, in any state. */
    List<UUID> carrying(Tag tag) {
        return entityManager.createQuery("select a.id from Article a join a.tags t where t = :tag", UUID.class)
                .setParameter("tag", tag)
                .getResultList();
    }

    /**
     * Bumps the version of the articles and records a retag revision for each; readers of the published ones
     * are told they changed. Call it once the tag change is in the database, so the revisions show it, and
     * before anything loads these articles in this transaction, so that none is read stale.
     */
    void retagged(List<UUID> articleIds, String author) {
        OffsetTimestamp now = OffsetTimestamp.of(OffsetDateTime.now(clock));
        entityManager.flush();
        FlushModeType previous = entityManager.getFlushMode();
        // The revisions only add rows that no query here reads. Flushing before every query would dirty-check
        // the whole, growing persistence context each time: quadratic in the number of articles.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            // Every article is locked (by its update) before the first event: observers of the event lock the
            // change log's head row, and a writer holding that row must never wait for an article lock taken here.
            for (List<UUID> chunk : chunks(articleIds)) {
                entityManager.createQuery("update Article a set a.version = a.version + 1, a.updatedAt = :now,"
                                + " a.updatedBy = :author where a.id in :ids")
                        .setParameter("now", now)
                        .setParameter("author", author)
                        .setParameter("ids", chunk)
                        .executeUpdate();
            }
            for (List<UUID> chunk : chunks(articleIds)) {
                load(chunk).forEach(article -> record(article, author, now.instant));
            }
            entityManager.flush();
        } finally {
            entityManager.setFlushMode(previous);
        }
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(from + CHUNK, ids.size())));
        }
        return chunks;
    }

    /** Read-only: nothing changes the articles themselves here, so the flush need not compare them. */
    private List<Article> load(List<UUID> ids) {
        return entityManager.createQuery("select a from Article a left join fetch a.section"
                        + " left join fetch a.heroMedia left join fetch a.audioMedia where a.id in :ids", Article.class)
                .setParameter("ids", ids)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    private void record(Article article, String author, Instant now) {
        revisions.record(article, RevisionAction.RETAG, author);
        if (ArticleState.of(article, now) == ArticleState.PUBLISHED) {
            events.fire(ArticleChanged.of(ArticleChanged.Type.UPDATED, article, true));
        }
    }
}
