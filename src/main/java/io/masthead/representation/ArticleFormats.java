package io.masthead.representation;

/** What the contract says about the representations of one article, for the article operations that offer them. */
public final class ArticleFormats {
    public static final String JSON_LD = "application/ld+json";
    public static final String NINJS = "application/vnd.iptc.ninjs+json";
    public static final String DESCRIPTION = "The article, in the representation `Accept` asks for: the API's own "
            + "JSON (`application/json`, also for `*/*`), a schema.org NewsArticle (`application/ld+json`), or an IPTC "
            + "ninjs 3.3 news item (`application/vnd.iptc.ninjs+json`, valid against "
            + "http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json). Any other `Accept` gets 406.";
    public static final String VARY = "`Accept`: the representation depends on it, so caches keep one per media type; "
            + "also `Accept-Language` on the lookup by slug without `lang`, whose language it chooses.";

    private ArticleFormats() {
    }
}
