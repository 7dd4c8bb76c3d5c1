package io.masthead.article;

import java.time.Instant;
import java.util.UUID;

/** One article of a list page as the list query finds it; {@code rank} and {@code snippet} only when searching. */
record PageRow(UUID id, Instant publishedAt, Double rank, String snippet) {
}
