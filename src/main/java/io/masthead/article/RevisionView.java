package io.masthead.article;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", additionalProperties = Schema.False.class,
        description = "One stored state of an article: who changed it, when, how, and (in the detail) the full content.")
public record RevisionView(
        @Schema(required = true, minimum = "0", description = "The article version this revision recorded.",
                examples = "3")
        long version,
        @Schema(required = true, description = "When the change was made.", examples = "2026-11-20T09:10:00Z")
        OffsetDateTime createdAt,
        @Schema(required = true, description = "The name of the API key that made the change.",
                examples = "cms-integration")
        String author,
        @Schema(required = true, description = "What kind of change made this revision.") RevisionAction action,
        @Schema(required = true, description = "The stored workflow state after the change.") ArticleStatus status,
        @Schema(description = "The full content; only in the detail of one revision.") ArticleContent content) {
}
