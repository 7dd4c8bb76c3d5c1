package io.masthead.article;

import io.masthead.body.BlockRepository;
import io.masthead.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Assembles the delivery representation of one article: its blocks, tags and published translations. */
@ApplicationScoped
class ArticleDetails {
    private final ArticleRepository articles;
    private final BlockRepository blocks;
    private final TagRepository tags;

    ArticleDetails(ArticleRepository articles, BlockRepository blocks, TagRepository tags) {
        this.articles = articles;
        this.blocks = blocks;
        this.tags = tags;
    }

    ArticleDetail of(Article article, Instant now) {
        return ArticleDetail.of(article,
                blocks.findByArticle(article.id),
                tags.findLabelsByArticles(List.of(article.id)).getOrDefault(article.id, List.of()),
                articles.findPublishedTranslations(article, now));
    }
}
