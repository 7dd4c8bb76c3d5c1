package io.masthead.media;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManagedMediaSummary", additionalProperties = Schema.False.class,
        description = "A media item in a list; `GET /manage/v1/media/{id}` adds where it is used.")
public record ManagedMediaSummary(
        @Schema(required = true, description = "The item's id; articles refer to the item by it.") UUID id,
        @Schema(required = true, minimum = "0", description = "Increases with every change; the ETag is "
                + "\"v{version}\".", examples = "1")
        long version,
        @Schema(required = true, description = "When the item was registered.", examples = "2026-11-19T16:05:00Z")
        OffsetDateTime createdAt,
        @Schema(required = true, description = "When its metadata last changed.", examples = "2026-11-20T08:30:00Z")
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "The metadata editors control.") MediaContent content) {

    static ManagedMediaSummary of(Media media) {
        return new ManagedMediaSummary(media.id, media.version, media.createdAt, media.updatedAt,
                MediaContent.of(media));
    }
}
