package io.masthead.syndication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * How the standard formats (feeds, sitemaps, JSON-LD, ninjs) point at the public site. The base URLs themselves
 * are the site's and its editions' ({@code PUT /manage/v1/site}); only what the site does not know lives here.
 */
@ConfigMapping(prefix = "masthead.site")
public interface SyndicationConfig {
    /**
     * Where an article lives on the public site: {@code /...} below the base URL of its edition, or an absolute
     * {@code https://...} URL, with the placeholders {lang}, {slug}, {id}, {section}, {yyyy}, {mm} and {dd}.
     */
    @WithDefault("/{yyyy}/{mm}/{dd}/{slug}")
    @WithConverter(ArticleUrlPattern.Converter.class)
    ArticleUrlPattern articleUrlPattern();

    /** The publisher's terms for reusing its articles, stated in ninjs {@code usageTerms}; absent when unset. */
    Optional<String> usageTerms();
}
