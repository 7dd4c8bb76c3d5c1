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
        Map<UUID, ArticleDetail> details = new HashMap<>();
        Bodies read = read(ids, now);
        if (read.found().isEmpty()) {
            return details;
        }
        Map<UUID, List<TranslationAddress>> translations = articles.findPublishedTranslations(read.found(), now);
        Supplier<String> siteDefault = Localized.once(site::defaultLanguage);
        Publication publication = translations.values().stream().allMatch(List::isEmpty) ? null
                : publications.find().orElse(null);
        read.found().forEach(article -> details.put(article.id, read.detail(article,
                translations.get(article.id).stream().map(translation -> translation.located(publication)).toList(),
                siteDefault, publication)));
        return details;
    }

    /**
     * What the delivery read model keeps of each article: its detail without translations (they are read when it
     * is served), with its public URL whenever the site is configured, and its card; from one read of each part.
     */
    public Map<UUID, Document> documents(Collection<UUID> ids, Instant now) {
        Map<UUID, Document> documents = new HashMap<>();
        Bodies read = read(ids, now);
        if (read.found().isEmpty()) {
            return documents;
        }
        Supplier<String> siteDefault = Localized.once(site::defaultLanguage);
        Publication publication = publications.find().orElse(null);
        read.found().forEach(article -> documents.put(article.id, new Document(
                read.detail(article, List.of(), siteDefault, publication),
                ArticleSummary.of(article, read.labels(article), null, siteDefault))));
        return documents;
    }

    /** An article as the read model keeps it. */
    public record Document(ArticleDetail detail, ArticleSummary summary) {
    }

    private Bodies read(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return new Bodies(List.of(), Map.of(), Map.of());
        }
        List<Article> found = articles.findPublishedByIds(ids, now);
        if (found.isEmpty()) {
            return new Bodies(found, Map.of(), Map.of());
        }
        List<UUID> foundIds = idsOf(found);
        articles.fetchBylinesAndSources(foundIds);
        return new Bodies(found, blocks.findByArticles(foundIds), tags.findLabelsByArticles(foundIds));
    }

    /** The published articles found, with their blocks and tag labels. */
    private record Bodies(List<Article> found, Map<UUID, List<Block>> blocks, Map<UUID, List<TagLabel>> tags) {

        List<TagLabel> labels(Article article) {
            return tags.getOrDefault(article.id, List.of());
        }

        ArticleDetail detail(Article article, List<TranslationRef> translations, Supplier<String> siteDefault,
                             Publication publication) {
            return ArticleDetail.of(article, blocks.getOrDefault(article.id, List.of()), labels(article),
                    translations, ArticleShape.FULL, siteDefault, publication);
        }
    }

    private static List<UUID> idsOf(List<Article> found) {
        return found.stream().map(article -> article.id).toList();
    }
}
