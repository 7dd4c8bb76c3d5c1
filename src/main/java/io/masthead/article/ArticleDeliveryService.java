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
    private final RenderingFingerprint renderer;
    private final Clock clock;

    ArticleDeliveryService(ArticleRepository articles, ArticleDetails details, ArticleSummaries summaries,
                           TagRepository tags, ArticleLanguages languages, SearchBackend search,
                           RenderingFingerprint renderer, Clock clock) {
        this.articles = articles;
        this.details = details;
        this.summaries = summaries;
        this.tags = tags;
        this.languages = languages;
        this.search = search;
        this.renderer = renderer;
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
     * One page of the list {@code query}: the matching ids in one designed query, then their summaries; with
     * {@code count}, the total as well (one count with the same predicates, skipped when the first page holds it all).
     * Tags are read only when {@code fields} (null: every field) shows them. Without search and {@code fields},
     * the cards come from the read model in the statement of the ids when all of their documents are current.
     */
    public ServedPage list(ArticleQuery query, String cursor, int limit, boolean count, Set<String> fields) {
        ArticleCursor after = ArticleCursor.decode(cursor, query);
        Optional<List<UUID>> tagIds = tagIds(query);
        if (tagIds.isEmpty()) {
            return ServedPage.of(ArticlePage.empty(count));
        }
        Instant now = clock.instant();
        SearchSql search = query.search() == null ? null : this.search.prepare(query.search(), query.language());
        boolean fromDocuments = search == null && fields == null;
        List<PageRow> rows = fromDocuments
                ? articles.findPublishedPageWithSummaries(query, tagIds.get(), after, Keyset.fetchSize(limit), now,
                        renderer.value())
                : articles.findPublishedPage(query, tagIds.get(), search, after, Keyset.fetchSize(limit), now);
        String fingerprint = query.fingerprint();
        Keyset.Page<PageRow> page = Keyset.page(rows, limit,
                last -> new ArticleCursor(last.rank(), last.publishedAt(), last.id()).encode(fingerprint));
        Long total = null;
        if (count) {
            total = after == null && page.next() == null
                    ? page.items().size()
                    : articles.countPublished(query, tagIds.get(), search, now);
        }
        if (fromDocuments && page.items().stream().allMatch(row -> row.summary() != null)) {
            return ServedPage.rendered(page.items(), page.next(), total);
        }
        Map<UUID, SearchHit> hits = new HashMap<>();
        page.items().stream().filter(row -> row.rank() != null)
                .forEach(row -> hits.put(row.id(), new SearchHit(row.rank(), row.snippet())));
        List<ArticleSummary> items = summaries.of(page.items().stream().map(PageRow::id).toList(), hits, now,
                fields);
        return ServedPage.of(new ArticlePage(items, page.next(), total));
    }

    /**
     * The distinct ids of the requested tags (old slugs count as their tag's); empty when nothing can match: a
     * tag that does not exist with tagMode=all, or no existing tag at all.
     */
    private Optional<List<UUID>> tagIds(ArticleQuery query) {
        if (query.tags().isEmpty()) {
            return Optional.of(List.of());
        }
        Map<String, UUID> found = tags.findIdsBySlugsOrAliases(query.tags());
        if (found.isEmpty() || query.tagMode() == TagMode.ALL && found.size() < query.tags().size()) {
            return Optional.empty();
        }
        return Optional.of(found.values().stream().distinct().toList());
    }
}
