package io.masthead.article;

import java.time.Instant;
import java.util.UUID;

/**
 * One article of a list page as the list query finds it; {@code rank} and {@code snippet} only when searching;
 * {@code summary} (its JSON) and {@code summaryKeys} only when the list was read with the read model and the
 * article's document is current.
 */
record PageRow(UUID id, Instant publishedAt, Double rank, String snippet, String summary, String summaryKeys) {

    static PageRow of(UUID id, Instant publishedAt, Double rank, String snippet) {
        return new PageRow(id, publishedAt, rank, snippet, null, null);
    }
}
