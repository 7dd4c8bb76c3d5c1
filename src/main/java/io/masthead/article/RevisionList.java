package io.masthead.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionList", additionalProperties = Schema.False.class,
        description = "Every stored revision of an article, newest first.")
public record RevisionList(
        @Schema(required = true, maxItems = 100000, description = "Newest first, without content.")
        List<RevisionView> items) {
}
