package io.masthead.syndication;

import java.time.Instant;
import java.util.UUID;

/** What the article URL pattern needs of an article; {@code section} is its slug, or null. */
public record ArticleAddress(UUID id, String language, String slug, String section, Instant firstPublishedAt) {
}
