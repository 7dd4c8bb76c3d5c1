package io.masthead.auth;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", additionalProperties = Schema.False.class,
        description = "An API key of the management API. The token itself is shown only once, when it is created.")
public record ApiKeyView(
        @Schema(required = true, description = "Identifies the key, for example to revoke it; not the token.")
        UUID id,
        @Schema(required = true, description = "Who or what uses the key, as given when it was created.",
                examples = "cms-integration")
        String name,
        @Schema(required = true, description = "What the key may do.") Role role,
        @Schema(required = true, description = "The first characters of the token, to tell keys apart.",
                examples = "mh_Zx81kQa")
        String tokenPrefix,
        @Schema(required = true, description = "When the key was created.", examples = "2026-11-20T08:45:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "The name of the key that created this one.", examples = "bootstrap-admin")
        String createdBy,
        @Schema(description = "When the key was revoked; absent while it is active.") OffsetDateTime revokedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id, key.name, key.role, key.tokenPrefix, key.createdAt, key.createdBy,
                key.revokedAt);
    }
}
