package io.masthead.article;

import io.masthead.search.SearchHit;
import io.masthead.tag.TagLabel;
import io.masthead.platform.Localized;
import io.masthead.site.SiteRepository;
import io.masthead.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Teaser cards for a list of article ids: the articles with their section, hero and audio in one statement (their
 * renditions and section names batched), and their tags in one more, whatever the number of articles.
 */
@ApplicationScoped
public class ArticleSummaries {
    private final ArticleRepository articles;
    private final TagRepository tags;
    private final SiteRepository site;

    ArticleSummaries(ArticleRepository articles, TagRepository tags, SiteRepository site) {
        this.articles = articles;
        this.tags = tags;
        this.site = site;
    }

    /** The published articles among {@code ids}, in that order, each with its search hit when it has one. */
    public List<ArticleSummary> of(List<UUID> ids, Map<UUID, SearchHit> hits, Instant now) {
        return of(ids, hits, now, null);
    }

    /** The same, reading tags only when {@code fields} (null: every field) shows them. */
    public List<ArticleSummary> of(List<UUID> ids, Map<UUID, SearchHit> hits, Instant now, Set<String> fields) {
        List<Article> found = articles.findPublishedByIds(ids, now);
        Map<UUID, List<TagLabel>> tagsByArticle = fields == null || fields.contains("tags")
                ? tags.findLabelsByArticles(found.stream().map(a -> a.id).toList())
                : Map.of();
        Supplier<String> siteDefault = Localized.once(site::defaultLanguage);
        return found.stream()
                .map(article -> ArticleSummary.of(article, tagsByArticle.getOrDefault(article.id, List.of()),
                        hits.get(article.id), siteDefault))
                .toList();
    }
}
