package io.masthead.article;

import io.masthead.body.BlockRepository;
import io.masthead.error.NotFound;
import io.masthead.http.Preconditions;
import io.masthead.persistence.OffsetTimestamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** What every management operation on one article shares: locking, the If-Match check, events and the view. */
@ApplicationScoped
class ManagedArticles {
    private final EditorialArticleRepository editorial;
    private final BlockRepository blocks;
    private final Event<ArticleChanged> events;
    private final Clock clock;

    ManagedArticles(EditorialArticleRepository editorial, BlockRepository blocks, Event<ArticleChanged> events,
                    Clock clock) {
        this.editorial = editorial;
        this.blocks = blocks;
        this.events = events;
        this.clock = clock;
    }

    Article find(UUID id) {
        return editorial.findById(id).orElseThrow(() -> new NotFound("article", id));
    }

    /** Locks the article for this transaction, then checks that If-Match names its current version. */
    Article lockCurrent(UUID id, String ifMatch) {
        Article article = editorial.findForUpdate(id).orElseThrow(() -> new NotFound("article", id));
        Preconditions.requireCurrent(ifMatch, article.version);
        return article;
    }

    boolean visible(Article article) {
        return ArticleState.of(article, clock.instant()) == ArticleState.PUBLISHED;
    }

    /** When a published article is due to appear, while that is still in the future; null otherwise. */
    Instant scheduledAt(Article article) {
        return ArticleState.of(article, clock.instant()) == ArticleState.SCHEDULED ? article.publishedAt.instant : null;
    }

    /**
     * Tells subscribers what readers will see change, comparing visibility before and after a flushed change: an
     * update of a live article, an article going away, one going live now, a new time for a scheduled
     * publication (announced for that moment), or a scheduled publication called off.
     */
    void announce(Article article, boolean wasVisible, Instant scheduledBefore) {
        boolean visibleNow = visible(article);
        Instant scheduledNow = scheduledAt(article);
        if (wasVisible && visibleNow) {
            fire(ArticleChanged.Type.UPDATED, article, true);
        } else if (wasVisible) {
            fire(ArticleChanged.Type.UNPUBLISHED, article, true);
        } else if (visibleNow) {
            fire(ArticleChanged.Type.PUBLISHED, article, false);
        } else if (scheduledBefore != null && scheduledNow == null) {
            fire(ArticleChanged.Type.UNPUBLISHED, article, false);
        }
        if (scheduledNow != null && !scheduledNow.equals(scheduledBefore)) {
            fire(ArticleChanged.Type.PUBLISHED, article, false);
        }
    }

    void fire(ArticleChanged.Type type, Article article, boolean wasVisible) {
        events.fire(new ArticleChanged(type, article.id, article.slug, article.language, article.version,
                OffsetTimestamp.toOffsetDateTime(article.publishedAt), wasVisible));
    }

    ManagedArticle view(Article article) {
        return ManagedArticle.of(article, blocks.findByArticle(article.id), editorial.translationsOf(article),
                clock.instant());
    }
}
