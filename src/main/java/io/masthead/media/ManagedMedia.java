package io.masthead.media;

import io.masthead.http.Versioned;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A media item as the management API shows it: the metadata editors control in {@code content}, exactly the
 * body PUT accepts, and beside it what the server owns, including where the item is used.
 */
@Schema(name = "ManagedMedia", additionalProperties = Schema.False.class,
        description = "A media item as the management API shows it: what editors control is in `content`, exactly "
                + "the body PUT accepts; beside it is what the server owns, including where the item is used.")
public record ManagedMedia(
        @Schema(required = true, description = "The item's id; articles refer to the item by it.") UUID id,
        @Schema(required = true, minimum = "0", description = "Increases with every change; the ETag is \"v{version}\".",
                examples = "1")
        long version,
        @Schema(required = true, description = "When the item was registered.", examples = "2026-11-19T16:05:00Z")
        OffsetDateTime createdAt,
        @Schema(required = true, description = "When its metadata last changed.", examples = "2026-11-20T08:30:00Z")
        OffsetDateTime updatedAt,
        @Schema(required = true, maxItems = MediaUsages.MAX_LISTED, description = "Where used: the articles that "
                + "show the item, in any state (drafts, scheduled and archived too), at most 100; heroes first, then "
                + "audio versions, then image blocks, each most recently changed first.")
        List<MediaUse> usedBy,
        @Schema(required = true, description = "Whether the item is the site's logo.", examples = "false")
        boolean siteLogo,
        @Schema(required = true, description = "What editors control; change it and send it back with PUT.")
        MediaContent content)implements Versioned {

    /** The fields a client may not send: everything except the content. */
    public static final Set<String> SERVER_OWNED = Arrays.stream(ManagedMedia.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !name.equals("content"))
            .collect(Collectors.toUnmodifiableSet());

    static ManagedMedia of(Media media, MediaUsages.Usage usage) {
        return new ManagedMedia(media.id, media.version, media.createdAt, media.updatedAt, usage.articles(),
                usage.siteLogo(), MediaContent.of(media));
    }
}
