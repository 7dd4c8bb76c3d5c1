package io.masthead.article;

import io.masthead.body.BlockRepository;
import io.masthead.error.NotFound;
import io.masthead.http.Preconditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What every management operation on one article shares: locking, the If-Match check, and after a change its
 * revision, its events and the view.
 */
@ApplicationScoped
class ManagedArticles {
    private final EditorialArticleRepository editorial;
    private final BlockRepository blocks;
    private final Revisions revisions;
    private final Event<ArticleChanged> events;
    private final Clock clock;

    ManagedArticles(EditorialArticleRepository editorial, BlockRepository blocks, Revisions revisions,
                    Event<ArticleChanged> events, Clock clock) {
        this.editorial = editorial;
        this.blocks = blocks;
        this.revisions = revisions;
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

    /** Records a new article's first revision and announces it. */
    ManagedArticle created(Article article, RevisionAction action, String author) {
        return recorded(article, action, author, Visibility.NONE);
    }

    /** Makes one change to a locked article (the change flushes it), then records and announces it. */
    ManagedArticle change(Article article, RevisionAction action, String author, Consumer<Article> change) {
        Visibility before = Visibility.of(article, clock.instant());
        change.accept(article);
        return recorded(article, action, author, before);
    }

    boolean visibleNow(Article article) {
        return Visibility.of(article, clock.instant()).visible();
    }

    /** Announces that the locked article is about to be deleted. */
    void announceDeletion(Article article, boolean wasVisible) {
        fire(ArticleChanged.Type.DELETED, article, wasVisible);
    }

    ManagedArticle view(Article article) {
        return view(article, clock.instant());
    }

    private ManagedArticle view(Article article, Instant now) {
        return ManagedArticle.of(article, blocks.findByArticle(article.id), editorial.translationsOf(article), now);
    }

    private ManagedArticle recorded(Article article, RevisionAction action, String author, Visibility before) {
        Instant now = clock.instant();
        ManagedArticle view = view(article, now);
        revisions.record(article, action, author, view.content());
        announce(article, before, Visibility.of(article, now));
        return view;
    }

    /**
     * Tells subscribers what readers will see change: an update of a live article, an article going away, one
     * going live now, a new time for a scheduled publication (announced for that moment), or a scheduled
     * publication called off.
     */
    private void announce(Article article, Visibility before, Visibility after) {
        if (before.visible() && after.visible()) {
            fire(ArticleChanged.Type.UPDATED, article, true);
        } else if (before.visible()) {
            fire(ArticleChanged.Type.UNPUBLISHED, article, true);
        } else if (after.visible()) {
            fire(ArticleChanged.Type.PUBLISHED, article, false);
        } else if (before.scheduledAt() != null && after.scheduledAt() == null) {
            fire(ArticleChanged.Type.UNPUBLISHED, article, false);
        }
        if (after.scheduledAt() != null && !after.scheduledAt().equals(before.scheduledAt())) {
            fire(ArticleChanged.Type.PUBLISHED, article, false);
        }
    }

    private void fire(ArticleChanged.Type type, Article article, boolean wasVisible) {
        events.fire(ArticleChanged.of(type, article, wasVisible));
    }

    /** Whether readers see the article at one moment, and when it is due to appear if it is scheduled then. */
    private record Visibility(boolean visible, Instant scheduledAt) {
        static final Visibility NONE = new Visibility(false, null);

        static Visibility of(Article article, Instant now) {
            ArticleState state = ArticleState.of(article, now);
            return new Visibility(state == ArticleState.PUBLISHED,
                    state == ArticleState.SCHEDULED ? article.publishedAt.instant : null);
        }
    }
}
