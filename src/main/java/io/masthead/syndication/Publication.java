package io.masthead.syndication;

import io.masthead.site.Site;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The site as the standard formats need it: names and home pages per language edition, the logo and the time
 * zone, and the article URL pattern that turns an article into its public address. A snapshot, detached from the
 * persistence context.
 */
public record Publication(String name, Logo logo, String defaultLanguage, ZoneId timeZone, String baseUrl,
                          List<Edition> editions, Instant updatedAt, ArticleUrlPattern articleUrls,
                          Optional<String> usageTerms) {

    static Publication of(Site site, SyndicationConfig config) {
        Logo logo = site.logo == null ? null
                : new Logo(site.logo.url, site.logo.mimeType, site.logo.width, site.logo.height);
        return new Publication(site.name, logo, site.defaultLanguage, ZoneId.of(site.timeZone), site.baseUrl,
                site.editions.stream().map(e -> new Edition(e.language, e.name, e.baseUrl)).toList(),
                site.updatedAt.toInstant(), config.articleUrlPattern(), config.usageTerms());
    }

    /** The name readers of this language know the publication by: its edition's, else the site's. */
    public String nameIn(String language) {
        return edition(language).map(Edition::name).orElse(name);
    }

    /** The home page for readers of this language: its edition's, else the site's. */
    public String homeIn(String language) {
        return edition(language).map(Edition::baseUrl).orElse(baseUrl);
    }

    public String articleUrl(ArticleAddress article) {
        return articleUrls.expand(homeIn(article.language()), article.language(), article.slug(), article.id(),
                article.section(), article.firstPublishedAt().atZone(timeZone).toLocalDate());
    }

    /** The edition of exactly this language, else one of the same primary language ("de" for "de-AT"). */
    private Optional<Edition> edition(String language) {
        if (language == null) {
            return Optional.empty();
        }
        Optional<Edition> exact = editions.stream().filter(e -> e.language().equalsIgnoreCase(language)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String primary = primary(language);
        return editions.stream().filter(e -> primary(e.language()).equals(primary)).findFirst();
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    public record Logo(String url, String mimeType, Integer width, Integer height) {
    }

    public record Edition(String language, String name, String baseUrl) {
    }
}
