package io.masthead.article;

import io.masthead.persistence.OffsetTimestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManagedArticleSummary", additionalProperties = Schema.False.class,
        description = "An article in a management list, in any state: enough to find it; "
                + "`GET /manage/v1/articles/{id}` has the content.")
public record ManagedArticleSummary(
        @Schema(required = true, description = "The article's id in the management API.") UUID id,
        @Schema(required = true, description = "The article's URL segment, unique per language.",
                examples = "hafenabkommen-unterzeichnet")
        String slug,
        @Schema(required = true, description = "BCP 47 language tag.", examples = "de") String language,
        @Schema(required = true, description = "The main title.", examples = "Hafenabkommen unterzeichnet")
        String headline,
        @Schema(required = true, description = "Scheduled means published with a publication time still to come.")
        ArticleState status,
        @Schema(required = true, minimum = "0", description = "Increases with every change; the ETag is "
                + "\"v{version}\".", examples = "3")
        long version,
        @Schema(description = "When the article goes or went live; absent while none is set.",
                examples = "2026-11-20T08:45:00+01:00")
        OffsetDateTime publishedAt,
        @Schema(required = true, description = "When the article last changed, by any write.",
                examples = "2026-11-20T09:10:00Z")
        OffsetDateTime updatedAt,
        @Schema(description = "The name of the API key that changed it last.", examples = "cms-integration")
        String updatedBy) {

    static ManagedArticleSummary of(Article article, Instant now) {
        return new ManagedArticleSummary(article.id, article.slug, article.language, article.headline,
                ArticleState.of(article, now), article.version, OffsetTimestamp.toOffsetDateTime(article.publishedAt),
                OffsetTimestamp.toOffsetDateTime(article.updatedAt), article.updatedBy);
    }
}
