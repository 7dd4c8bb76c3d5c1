package io.masthead.article;

import io.masthead.localization.AcceptLanguage;
import io.masthead.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The language in which to look up an article by slug. {@code lang} decides when given. Otherwise the reader's
 * {@code Accept-Language} chooses among the languages in which this slug is published, and the site's default
 * language decides when the header names none of them. Choosing among the slug's own languages, rather than the
 * site's, keeps a German browser from getting a 404 for an English-only slug.
 */
@ApplicationScoped
public class ArticleLanguages {
    private final ArticleRepository articles;
    private final SiteRepository site;

    ArticleLanguages(ArticleRepository articles, SiteRepository site) {
        this.articles = articles;
        this.site = site;
    }

    public String of(String slug, String lang, AcceptLanguage accepted, Instant now) {
        if (lang != null) {
            return lang;
        }
        String fallback = site.defaultLanguage();
        if (accepted.isEmpty()) {
            return fallback;
        }
        return accepted.lookup(articles.findPublishedLanguages(slug, now), fallback).orElse(fallback);
    }
}
