package io.masthead.section;

import io.masthead.http.Versioned;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as the management API shows it; {@code content} is exactly the body PUT accepts. */
@Schema(name = "ManagedSection", additionalProperties = Schema.False.class,
        description = "A section as the management API shows it: what editors control is in `content`, exactly the "
                + "body PUT accepts; everything beside it is owned by the server.")
public record ManagedSection(
        @Schema(required = true, description = "Assigned by the server on create; stable when the slug changes.")
        UUID id,
        @Schema(required = true, minimum = "0", description = "Increases with every change; the ETag is \"v{version}\".",
                examples = "1")
        long version,
        @Schema(required = true, description = "When the section was created.", examples = "2026-01-12T10:00:00Z")
        OffsetDateTime createdAt,
        @Schema(required = true, description = "When the section last changed.", examples = "2026-11-02T14:30:00Z")
        OffsetDateTime updatedAt,
        @Schema(required = true, minimum = "0", description = "How many articles belong to it, in any state.",
                examples = "42")
        long articleCount,
        @Schema(required = true, description = "What editors control; change it and send it back with PUT.")
        SectionContent content)implements Versioned {

    /** The fields a client may not send: everything except the content. */
    public static final Set<String> SERVER_OWNED = Arrays.stream(ManagedSection.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !name.equals("content"))
            .collect(Collectors.toUnmodifiableSet());

    static ManagedSection of(Section section, long articleCount) {
        return new ManagedSection(section.id, section.version, section.createdAt, section.updatedAt, articleCount,
                SectionContent.of(section));
    }
}
