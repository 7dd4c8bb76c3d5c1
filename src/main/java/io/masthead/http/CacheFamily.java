package io.masthead.http;

/**
 * The delivery routes grouped by how long a shared cache may keep them: each family has its own
 * {@code s-maxage} ({@link CachingConfig.SharedMaxAge}), because a CDN that purges by surrogate key can keep an
 * article far longer than a list that changes with every publication.
 */
public enum CacheFamily {
    /** One article in any representation, and the media items it shows. */
    ARTICLE,
    /** Article lists, search results and related articles. */
    LIST,
    /** Tags and tag lists. */
    TAG,
    /** The site's settings and the API index. */
    SITE,
    /** RSS, Atom and JSON feeds and sitemaps. */
    FEED
}
