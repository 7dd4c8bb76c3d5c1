package io.masthead.article;

import io.masthead.body.BlockRepository;
import io.masthead.platform.Localized;
import io.masthead.site.SiteRepository;
import io.masthead.syndication.Publication;
import io.masthead.syndication.Publications;
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
    private final SiteRepository site;
    private final Publications publications;

    ArticleDetails(ArticleRepository articles, BlockRepository blocks, TagRepository tags, SiteRepository site,
                   Publications publications) {
        this.articles = articles;
        this.blocks = blocks;
        this.tags = tags;
        this.site = site;
        this.publications = publications;
    }

    ArticleDetail of(Article article, Instant now) {
        return of(article, now, ArticleShape.FULL);
    }

    /** Reads only the parts that {@code shape} has: one statement fewer for each part it leaves out. */
    ArticleDetail of(Article article, Instant now, ArticleShape shape) {
        List<TranslationAddress> translations = shape.has(ArticlePart.TRANSLATIONS)
                ? articles.findPublishedTranslations(article, now) : List.of();
        Publication publication = translations.isEmpty() ? null : publications.find().orElse(null);
        return ArticleDetail.of(article,
                shape.has(ArticlePart.BLOCKS) ? blocks.findByArticle(article.id) : List.of(),
                shape.has(ArticlePart.TAGS)
                        ? tags.findLabelsByArticles(List.of(article.id)).getOrDefault(article.id, List.of())
                        : List.of(),
                translations.stream().map(translation -> translation.located(publication)).toList(),
                shape, Localized.once(site::defaultLanguage), publication);
    }
}
