package io.masthead.article;

import io.masthead.body.BlockRepository;
import io.masthead.error.NotFound;
import io.masthead.persistence.ReadOnly;
import io.masthead.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
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
    private final ArticleRepository articles;
    private final BlockRepository blocks;
    private final TagRepository tags;
    private final Clock clock;

    ArticlePreviews(EditorialArticleRepository editorial, ArticleRepository articles, BlockRepository blocks,
                    TagRepository tags, Clock clock) {
        this.editorial = editorial;
        this.articles = articles;
        this.blocks = blocks;
        this.tags = tags;
        this.clock = clock;
    }

    public ArticleDetail preview(UUID id) {
        Article article = editorial.findById(id).orElseThrow(() -> new NotFound("article", id));
        return ArticleDetail.of(article, blocks.findByArticle(id),
                tags.findLabelsByArticles(List.of(id)).getOrDefault(id, List.of()),
                articles.findPublishedTranslations(article, clock.instant()));
    }

    /** Checks that the article exists before a preview link is issued for it. */
    public void requireExists(UUID id) {
        editorial.findById(id).orElseThrow(() -> new NotFound("article", id));
    }
}
