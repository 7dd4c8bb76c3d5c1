package io.masthead.article;

import io.masthead.error.NotFound;
import io.masthead.http.Keyset;
import io.masthead.persistence.ReadOnly;
import io.masthead.site.SiteRepository;
import io.masthead.tag.TagLabel;
import io.masthead.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
@ReadOnly
public class ArticleDeliveryService {
    private final ArticleRepository articles;
    private final ArticleDetails details;
    private final TagRepository tags;
    private final SiteRepository site;
    private final Clock clock;

    ArticleDeliveryService(ArticleRepository articles, ArticleDetails details, TagRepository tags,
                           SiteRepository site, Clock clock) {
        this.articles = articles;
        this.details = details;
        this.tags = tags;
        this.site = site;
        this.clock = clock;
    }

    /** The article with this slug in {@code language}, or in the site's default language when that is null. */
    public ArticleDetail bySlug(String slug, String language) {
        Instant now = clock.instant();
        String lookupLanguage = language != null ? language : site.defaultLanguage();
        Article article = articles.findPublishedBySlug(lookupLanguage, slug, now)
                .orElseThrow(() -> new NotFound("published article", lookupLanguage + "/" + slug));
        return details.of(article, now);
    }

    public ArticleDetail byId(UUID id) {
        Instant now = clock.instant();
        Article article = articles.findPublishedById(id, now)
                .orElseThrow(() -> new NotFound("published article", id));
        return details.of(article, now);
    }

    public ArticlePage list(ArticleFilter filter, String cursor, int limit) {
        Keyset.TimeAndId after = Keyset.TimeAndId.decode(cursor);
        UUID tagId = null;
        if (filter.tag() != null) {
            Optional<UUID> tag = tags.findIdBySlugOrAlias(filter.tag());
            if (tag.isEmpty()) {
                return new ArticlePage(List.of(), null);
            }
            tagId = tag.get();
        }
        Instant now = clock.instant();
        List<Article> found = articles.findPublishedPage(filter.language(), filter.section(), tagId, after,
                Keyset.fetchSize(limit), now);
        Keyset.Page<Article> page = Keyset.page(found, limit,
                last -> new Keyset.TimeAndId(last.publishedAt.instant, last.id).encode());
        Map<UUID, List<TagLabel>> tagsByArticle = tags.findLabelsByArticles(
                page.items().stream().map(a -> a.id).toList());
        List<ArticleSummary> items = page.items().stream()
                .map(article -> ArticleSummary.of(article, tagsByArticle.getOrDefault(article.id, List.of())))
                .toList();
        return new ArticlePage(items, page.next());
    }
}
