package io.masthead.article;

import io.masthead.persistence.OffsetTimestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManagedArticleSummary", additionalProperties = Schema.False.class)
public record ManagedArticleSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String slug,
        @Schema(required = true, examples = "de") String language,
        @Schema(required = true) String headline,
        @Schema(required = true) ArticleState status,
        @Schema(required = true, minimum = "0") long version,
        OffsetDateTime publishedAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        String updatedBy) {

    static ManagedArticleSummary of(Article article, Instant now) {
        return new ManagedArticleSummary(article.id, article.slug, article.language, article.headline,
                ArticleState.of(article, now), article.version, OffsetTimestamp.toOffsetDateTime(article.publishedAt),
                OffsetTimestamp.toOffsetDateTime(article.updatedAt), article.updatedBy);
    }
}
