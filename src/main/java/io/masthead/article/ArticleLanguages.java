package io.masthead.article;

import io.masthead.localization.AcceptLanguage;
import io.masthead.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;

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
        return choose(lang, accepted, () -> articles.findPublishedLanguages(slug, now), site::defaultLanguage);
    }

    /**
     * The choice itself, for callers that know the slug's languages and the site's default language otherwise
     * (the read model): each is asked for only when the choice needs it.
     */
    static String choose(String lang, AcceptLanguage accepted, Supplier<Collection<String>> published,
                         Supplier<String> siteDefault) {
        if (lang != null) {
            return lang;
        }
        String fallback = siteDefault.get();
        if (accepted.isEmpty()) {
            return fallback;
        }
        return accepted.lookup(published.get(), fallback).orElse(fallback);
    }
}
