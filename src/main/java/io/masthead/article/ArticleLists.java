package io.masthead.article;

import io.masthead.http.Keyset;
import io.masthead.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The article list as the delivery API serves it. A list without search and {@code fields}, which is what front
 * pages and tag and section feeds ask for, is read as {@link RenderedArticles} reads the full article: its tags and
 * its page with each article's card from the read model in two plain statements, with no transaction (each
 * statement sees its own snapshot, as in any read-committed transaction). Cards whose document is not current come
 * from {@link ArticleDeliveryService}'s designed queries, which also serve search and {@code fields}.
 */
@ApplicationScoped
public class ArticleLists {
    private final DocumentRepository documents;
    private final TagRepository tags;
    private final ArticleDeliveryService designed;
    private final ArticleConfig config;
    private final RenderingFingerprint renderer;
    private final Clock clock;

    ArticleLists(DocumentRepository documents, TagRepository tags, ArticleDeliveryService designed,
                 ArticleConfig config, RenderingFingerprint renderer, Clock clock) {
        this.documents = documents;
        this.tags = tags;
        this.designed = designed;
        this.config = config;
        this.renderer = renderer;
        this.clock = clock;
    }

    public ServedPage list(ArticleQuery query, String cursor, int limit, boolean count, Set<String> fields) {
        if (query.search() != null || fields != null) {
            return designed.list(query, cursor, limit, count, fields);
        }
        ArticleCursor after = ArticleCursor.decode(cursor, query);
        Optional<List<UUID>> tagIds = query.tagIds(tags::findIdsBySlugsOrAliases);
        if (tagIds.isEmpty()) {
            return ServedPage.of(ArticlePage.empty(count));
        }
        ArticleListQuery list = new ArticleListQuery(query, tagIds.get(), null, config.videoProviders(),
                clock.instant());
        Keyset.Page<PageRow> page = ArticleCursor.page(
                documents.findPublishedPage(list, after, Keyset.fetchSize(limit), renderer.value()), limit, query);
        Long total = ArticleCursor.total(count, after, page, () -> documents.countPublished(list));
        if (page.items().stream().allMatch(row -> row.summary() != null)) {
            return ServedPage.rendered(page.items(), page.next(), total);
        }
        return designed.cards(page.items(), Map.of(), page.next(), total, null);
    }
}
