package io.masthead.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.article.DocumentRepository.FoundDocument;
import io.masthead.localization.AcceptLanguage;
import io.masthead.syndication.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves the full article from the delivery read model in one statement: the article with its document and its
 * published translations. Empty whenever the read model cannot answer alone (no current document, or no
 * published article to answer with), and the caller then reads with the designed queries, which answer the same.
 */
@ApplicationScoped
class ArticleDocuments {
    private final DocumentRepository documents;
    private final DeliverySite site;
    private final RenderingFingerprint renderer;
    private final ObjectMapper mapper;

    ArticleDocuments(DocumentRepository documents, DeliverySite site, RenderingFingerprint renderer,
                     ObjectMapper mapper) {
        this.documents = documents;
        this.site = site;
        this.renderer = renderer;
        this.mapper = mapper;
    }

    /** As {@link ArticleLanguages} chooses the language: {@code lang}, else the reader's among the slug's own. */
    Optional<RenderedArticle> bySlug(String slug, String lang, AcceptLanguage accepted, Instant now) {
        List<FoundDocument> found = documents.findPublishedBySlug(lang, slug, now, renderer.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String chosen = ArticleLanguages.choose(lang, accepted,
                () -> found.stream().map(article -> article.document().language()).toList(),
                () -> site.at(found.get(0).document().epoch()).defaultLanguage());
        return found.stream().filter(article -> article.document().language().equals(chosen)).findFirst()
                .flatMap(this::served);
    }

    Optional<RenderedArticle> byId(UUID id, Instant now) {
        return documents.findPublishedById(id, now, renderer.value()).flatMap(this::served);
    }

    private Optional<RenderedArticle> served(FoundDocument found) {
        DocumentRow row = found.document();
        if (row.detail() == null) {
            return Optional.empty();
        }
        Publication publication = found.translations().isEmpty() ? null : site.at(row.epoch()).publication();
        return Optional.of(RenderedArticle.of(row,
                found.translations().stream().map(translation -> translation.located(publication)).toList(),
                mapper));
    }
}
