package io.masthead.article;

import io.masthead.body.Block;
import io.masthead.body.BlockRepository;
import io.masthead.tag.TagLabel;
import io.masthead.platform.Localized;
import io.masthead.site.SiteRepository;
import io.masthead.syndication.Publication;
import io.masthead.syndication.Publications;
import io.masthead.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Many articles at once in their delivery representations, for readers that name the articles they want (the
 * changes feed). Only articles published at {@code now} are returned; the others are simply absent from the map.
 * The number of statements is fixed, whatever the number of articles, blocks or tags.
 */
@ApplicationScoped
public class PublishedArticles {
    private final ArticleRepository articles;
    private final BlockRepository blocks;
    private final TagRepository tags;
    private final SiteRepository site;
    private final Publications publications;

    PublishedArticles(ArticleRepository articles, BlockRepository blocks, TagRepository tags, SiteRepository site,
                      Publications publications) {
        this.articles = articles;
        this.blocks = blocks;
        this.tags = tags;
        this.site = site;
        this.publications = publications;
    }

    /** As the article list shows them. */
    public Map<UUID, ArticleSummary> summaries(Collection<UUID> ids, Instant now) {
        Map<UUID, ArticleSummary> summaries = new HashMap<>();
        if (ids.isEmpty()) {
            return summaries;
        }
        List<Article> found = articles.findPublishedByIds(ids, now);
        Map<UUID, List<TagLabel>> labels = tags.findLabelsByArticles(idsOf(found));
        Supplier<String> siteDefault = Localized.once(site::defaultLanguage);
        found.forEach(article -> summaries.put(article.id,
                ArticleSummary.of(article, labels.getOrDefault(article.id, List.of()), null, siteDefault)));
        return summaries;
    }

    /** As {@code GET /api/v1/articles/{slug}} shows them. */
    public Map<UUID, ArticleDetail> details(Collection<UUID> ids, Instant now) {
        return details(ids, now, false);
    }

    /**
     * The same, each with its public URL whenever the site is configured, whether or not it has translations yet:
     * the delivery read model keeps the URL for the translations that are published later.
     */
    public Map<UUID, ArticleDetail> addressedDetails(Collection<UUID> ids, Instant now) {
        return details(ids, now, true);
    }

    private Map<UUID, ArticleDetail> details(Collection<UUID> ids, Instant now, boolean addressed) {
        Map<UUID, ArticleDetail> details = new HashMap<>();
        if (ids.isEmpty()) {
            return details;
        }
        List<Article> found = articles.findPublishedByIds(ids, now);
        if (found.isEmpty()) {
            return details;
        }
        List<UUID> foundIds = idsOf(found);
        articles.fetchBylinesAndSources(foundIds);
        Map<UUID, List<Block>> bodies = blocks.findByArticles(foundIds);
        Map<UUID, List<TagLabel>> labels = tags.findLabelsByArticles(foundIds);
        Map<UUID, List<TranslationAddress>> translations = articles.findPublishedTranslations(found, now);
        Supplier<String> siteDefault = Localized.once(site::defaultLanguage);
        Publication publication = !addressed && translations.values().stream().allMatch(List::isEmpty) ? null
                : publications.find().orElse(null);
        found.forEach(article -> details.put(article.id, ArticleDetail.of(article,
                bodies.getOrDefault(article.id, List.of()), labels.getOrDefault(article.id, List.of()),
                translations.get(article.id).stream().map(translation -> translation.located(publication)).toList(),
                ArticleShape.FULL, siteDefault, publication)));
        return details;
    }

    private static List<UUID> idsOf(List<Article> found) {
        return found.stream().map(article -> article.id).toList();
    }
}
