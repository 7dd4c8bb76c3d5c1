package io.masthead.tag;

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
 * A tag as the management API shows it. What editors control is in {@code content}, exactly the body PUT
 * accepts; everything beside it is owned by the server.
 */
@Schema(name = "ManagedTag", additionalProperties = Schema.False.class,
        description = "A tag as the management API shows it: what editors control is in `content`, exactly the "
                + "body PUT accepts; everything beside it is owned by the server.")
public record ManagedTag(
        @Schema(required = true, description = "Assigned by the server on create; stable when the slug changes.")
        UUID id,
        @Schema(required = true, minimum = "0", description = "Increases with every change; the ETag is \"v{version}\".",
                examples = "2")
        long version,
        @Schema(required = true, description = "When the tag was created.", examples = "2026-03-04T11:00:00Z")
        OffsetDateTime createdAt,
        @Schema(required = true, description = "When the tag last changed.", examples = "2026-11-18T15:20:00Z")
        OffsetDateTime updatedAt,
        @Schema(required = true, minimum = "0", description = "How many articles carry the tag, in any state.",
                examples = "14")
        long articleCount,
        @Schema(required = true, maxItems = 10000, description = "Old slugs (of merged or renamed tags) that now stand for this one: "
                + "`GET /api/v1/tags/{alias}` redirects here and `?tag={alias}` filters by this tag.",
                examples = "[\"nippon\"]")
        List<String> aliases,
        @Schema(required = true, description = "What editors control; change it and send it back with PUT.")
        TagContent content)implements Versioned {

    /** The fields a client may not send: everything except the content. */
    public static final Set<String> SERVER_OWNED = Arrays.stream(ManagedTag.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !name.equals("content"))
            .collect(Collectors.toUnmodifiableSet());

    static ManagedTag of(Tag tag, long articleCount, List<String> aliases) {
        return new ManagedTag(tag.id, tag.version, tag.createdAt, tag.updatedAt, articleCount, aliases,
                TagContent.of(tag));
    }
}
