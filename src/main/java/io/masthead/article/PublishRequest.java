package io.masthead.article;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishRequest", additionalProperties = Schema.False.class,
        description = "The optional body of the publish action: when the article goes live.")
public record PublishRequest(
        @Schema(description = "When the article goes live; in the future, it is scheduled and appears exactly then. "
                + "Defaults to the content's publishedAt, else now.", examples = "2026-11-28T06:00:00+01:00")
        OffsetDateTime publishedAt) {
}
