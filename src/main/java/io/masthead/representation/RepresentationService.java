package io.masthead.representation;

import io.masthead.article.ArticleDeliveryService;
import io.masthead.article.ArticleShape;
import io.masthead.localization.AcceptLanguage;
import io.masthead.article.ArticleDetail;
import io.masthead.persistence.ReadOnly;
import io.masthead.syndication.Publications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Reads a published article for the standard formats: the delivery representation (which enforces "published
 * now"), the site, and the few fields those formats add, all in one transaction.
 */
@ApplicationScoped
@Transactional
@ReadOnly
class RepresentationService {
    private final ArticleDeliveryService articles;
    private final ArticleExtrasRepository extras;
    private final Publications publications;

    RepresentationService(ArticleDeliveryService articles, ArticleExtrasRepository extras, Publications publications) {
        this.articles = articles;
        this.extras = extras;
        this.publications = publications;
    }

    RepresentedArticle bySlug(String slug, String language, AcceptLanguage accepted) {
        return represent(articles.bySlug(slug, language, accepted, ArticleShape.FULL));
    }

    RepresentedArticle byId(UUID id) {
        return represent(articles.byId(id, ArticleShape.FULL));
    }

    private RepresentedArticle represent(ArticleDetail article) {
        return new RepresentedArticle(article, extras.of(article.id()), publications.current());
    }
}
