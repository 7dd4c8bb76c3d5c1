package io.masthead.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.localization.AcceptLanguage;
import io.masthead.syndication.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves the full article from the delivery read model in two statements: the article with its document, then
 * its published translations. Empty whenever the read model cannot answer alone (no current document, or no
 * published article to answer with), and the caller then reads with the designed queries, which answer the same.
 */
@ApplicationScoped
class ArticleDocuments {
    private final ArticleRepository articles;
    private final DeliverySite site;
    private final RenderingFingerprint renderer;
    private final ObjectMapper mapper;

    ArticleDocuments(ArticleRepository articles, DeliverySite site, RenderingFingerprint renderer,
                     ObjectMapper mapper) {
        this.articles = articles;
        this.site = site;
        this.renderer = renderer;
        this.mapper = mapper;
    }

    /** As {@link ArticleLanguages} chooses the language: {@code lang}, else the reader's among the slug's own. */
    Optional<RenderedArticle> bySlug(String slug, String lang, AcceptLanguage accepted, Instant now) {
        List<DocumentRow> found = articles.findDocumentsBySlug(lang, slug, now, renderer.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String chosen = ArticleLanguages.choose(lang, accepted,
                () -> found.stream().map(DocumentRow::language).toList(),
                () -> site.at(found.get(0).epoch()).defaultLanguage());
        return found.stream().filter(row -> row.language().equals(chosen)).findFirst()
                .flatMap(row -> served(row, now));
    }

    Optional<RenderedArticle> byId(UUID id, Instant now) {
        return articles.findDocumentById(id, now, renderer.value()).flatMap(row -> served(row, now));
    }

    private Optional<RenderedArticle> served(DocumentRow row, Instant now) {
        if (row.detail() == null) {
            return Optional.empty();
        }
        List<TranslationAddress> translations = articles.findPublishedTranslations(row.id(),
                row.translationGroupId(), now);
        Publication publication = translations.isEmpty() ? null : site.at(row.epoch()).publication();
        return Optional.of(RenderedArticle.of(row,
                translations.stream().map(translation -> translation.located(publication)).toList(), mapper));
    }
}
