package io.masthead.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.localization.AcceptLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * The full article, as the hottest delivery read serves it: from the read model in one plain statement, with no
 * transaction (a single statement sees one snapshot), and only when that cannot answer alone from the designed
 * queries in {@link ArticleDeliveryService}'s read-only transaction, which answer the same.
 */
@ApplicationScoped
public class RenderedArticles {
    private final ArticleDocuments documents;
    private final ArticleDeliveryService designed;
    private final ObjectMapper mapper;
    private final Clock clock;

    RenderedArticles(ArticleDocuments documents, ArticleDeliveryService designed, ObjectMapper mapper,
                     Clock clock) {
        this.documents = documents;
        this.designed = designed;
        this.mapper = mapper;
        this.clock = clock;
    }

    public RenderedArticle bySlug(String slug, String language, AcceptLanguage accepted) {
        return documents.bySlug(slug, language, accepted, clock.instant()).orElseGet(() ->
                RenderedArticle.of(designed.bySlug(slug, language, accepted, ArticleShape.FULL), mapper));
    }

    public RenderedArticle byId(UUID id) {
        return documents.byId(id, clock.instant()).orElseGet(() ->
                RenderedArticle.of(designed.byId(id, ArticleShape.FULL), mapper));
    }
}
