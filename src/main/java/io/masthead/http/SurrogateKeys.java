package io.masthead.http;

import java.util.UUID;

/**
 * The names in {@code Surrogate-Key}, in one place, because three parties must agree on them: the responses that
 * carry them, the response cache that invalidates by them, and the webhooks that tell a CDN what to purge.
 */
public final class SurrogateKeys {
    /** Every list, feed and sitemap of articles: a newly published article is on none of them yet. */
    public static final String ARTICLES = "articles";
    /** Every page of the changes feed. */
    public static final String CHANGES = "changes";

    private SurrogateKeys() {
    }

    /** Every response that shows the article. */
    public static String article(UUID id) {
        return "article:" + id;
    }

    /**
     * Every article page of a translation group: each lists the others, so that one of them going live, moving or
     * going away changes them all.
     */
    public static String translations(UUID translationGroupId) {
        return "translations:" + translationGroupId;
    }
}
