package io.masthead.sitemap;

import io.masthead.syndication.ArticleAddress;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One article URL of a sitemap, with its translations (itself included) when it has any. */
record SitemapEntry(String url, OffsetDateTime lastModified, List<Alternate> alternates) {

    /** A language version of the page, for {@code xhtml:link rel="alternate" hreflang}. */
    record Alternate(String language, String url) {
    }

    /** An article as the sitemap queries read it. */
    record Row(ArticleAddress address, UUID translationGroupId, OffsetDateTime lastModified) {
    }
}
