package io.masthead.media;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManagedMediaSummary", additionalProperties = Schema.False.class,
        description = "A media item in a list; `GET /manage/v1/media/{id}` adds where it is used.")
public record ManagedMediaSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, minimum = "0", examples = "1") long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) MediaContent content) {

    static ManagedMediaSummary of(Media media) {
        return new ManagedMediaSummary(media.id, media.version, media.createdAt, media.updatedAt,
                MediaContent.of(media));
    }
}
