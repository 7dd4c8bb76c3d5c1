package io.masthead.article;

import io.masthead.error.NotFound;
import io.masthead.http.Keyset;
import io.masthead.localization.AcceptLanguage;
import io.masthead.persistence.ReadOnly;
import io.masthead.search.SearchBackend;
import io.masthead.search.SearchHit;
import io.masthead.search.SearchSql;
import io.masthead.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
@ReadOnly
public class ArticleDeliveryService {
    private final ArticleRepository articles;
    private final ArticleDetails details;
    private final ArticleSummaries summaries;
    private final TagRepository tags;
    private final ArticleLanguages languages;
    private final SearchBackend search;
    private final Clock clock;

    ArticleDeliveryService(ArticleRepository articles, ArticleDetails details, ArticleSummaries summaries,
                           TagRepository tags, ArticleLanguages languages, SearchBackend search, Clock clock) {
        this.articles = articles;
        this.details = details;
        this.summaries = summaries;
        this.tags = tags;
        this.languages = languages;
        this.search = search;
        this.clock = clock;
    }

    /** The article with this slug in {@code language}, or when that is null in the language negotiated. */
    public ArticleDetail bySlug(String slug, String language, AcceptLanguage accepted, ArticleShape shape) {
        Instant now = clock.instant();
        String lookupLanguage = languages.of(slug, language, accepted, now);
        Article article = articles.findPublishedBySlug(lookupLanguage, slug, now, shape)
                .orElseThrow(() -> new NotFound("published article", lookupLanguage + "/" + slug));
        return details.of(article, now, shape);
    }

    public ArticleDetail byId(UUID id, ArticleShape shape) {
        Instant now = clock.instant();
        Article article = articles.findPublishedById(id, now, shape)
                .orElseThrow(() -> new NotFound("published article", id));
        return details.of(article, now, shape);
    }

    /**
     * One page of the list {@code query} with search or {@code fields} ({@link ArticleLists} serves the others):
     * the matching ids in one designed query, then their summaries; with {@code count}, the total as well (one count
     * with the same predicates, skipped when the first page holds it all). Tags are read only when {@code fields}
     * (null: every field) shows them.
     */
    public ServedPage list(ArticleQuery query, String cursor, int limit, boolean count, Set<String> fields) {
        ArticleCursor after = ArticleCursor.decode(cursor, query);
        Optional<List<UUID>> tagIds = query.tagIds(tags::findIdsBySlugsOrAliases);
        if (tagIds.isEmpty()) {
            return ServedPage.of(ArticlePage.empty(count));
        }
        Instant now = clock.instant();
        SearchSql search = query.search() == null ? null : this.search.prepare(query.search(), query.language());
        Keyset.Page<PageRow> page = ArticleCursor.page(
                articles.findPublishedPage(query, tagIds.get(), search, after, Keyset.fetchSize(limit), now), limit,
                query);
        Long total = ArticleCursor.total(count, after, page,
                () -> articles.countPublished(query, tagIds.get(), search, now));
        Map<UUID, SearchHit> hits = new HashMap<>();
        page.items().stream().filter(row -> row.rank() != null)
                .forEach(row -> hits.put(row.id(), new SearchHit(row.rank(), row.snippet())));
        return cards(page.items(), hits, page.next(), total, fields);
    }

    /** A page whose rows were found already, with the cards of the designed queries. */
    ServedPage cards(List<PageRow> rows, Map<UUID, SearchHit> hits, String next, Long total, Set<String> fields) {
        List<ArticleSummary> items = summaries.of(rows.stream().map(PageRow::id).toList(), hits, clock.instant(),
                fields);
        return ServedPage.of(new ArticlePage(items, next, total));
    }
}
