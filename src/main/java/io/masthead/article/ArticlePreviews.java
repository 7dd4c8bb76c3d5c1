package io.masthead.article;

import io.masthead.error.NotFound;
import io.masthead.persistence.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * The delivery representation of an article in any state, for preview links only. It is the one deliberate
 * exception to "published now", and it is reachable only with a signed preview token.
 */
@ApplicationScoped
@Transactional
@ReadOnly
public class ArticlePreviews {
    private final EditorialArticleRepository editorial;
    private final ArticleDetails details;
    private final Clock clock;

    ArticlePreviews(EditorialArticleRepository editorial, ArticleDetails details, Clock clock) {
        this.editorial = editorial;
        this.details = details;
        this.clock = clock;
    }

    public ArticleDetail preview(UUID id) {
        Article article = editorial.findById(id).orElseThrow(() -> new NotFound("article", id));
        return details.of(article, clock.instant());
    }

    /** Checks that the article exists before a preview link is issued for it. */
    public void requireExists(UUID id) {
        if (!editorial.exists(id)) {
            throw new NotFound("article", id);
        }
    }
}
