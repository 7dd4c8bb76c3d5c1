package io.masthead.site;

import io.masthead.http.Versioned;
import java.time.OffsetDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The site as the management API shows it; {@code content} is exactly the body PUT accepts. */
@Schema(name = "ManagedSite", additionalProperties = Schema.False.class,
        description = "The site's settings as the management API shows them: what editors control is in `content`, "
                + "exactly the body PUT accepts.")
public record ManagedSite(
        @Schema(required = true, minimum = "0", description = "Increases with every change; the ETag is \"v{version}\".",
                examples = "4")
        long version,
        @Schema(required = true, description = "When the settings last changed.", examples = "2026-11-02T14:30:00Z")
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "The settings; change them and send them back with PUT.")
        SiteContent content)implements Versioned {

    /** The fields a client may not send: everything except the content. */
    public static final Set<String> SERVER_OWNED = Set.of("version", "updatedAt");

    static ManagedSite of(Site site) {
        return new ManagedSite(site.version, site.updatedAt, SiteContent.of(site));
    }
}
