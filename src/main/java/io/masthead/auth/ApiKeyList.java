package io.masthead.auth;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyList", additionalProperties = Schema.False.class,
        description = "All API keys of the deployment, without their tokens.")
public record ApiKeyList(
        @Schema(required = true, maxItems = 10000, description = "Every key, revoked ones included, oldest first.")
        List<ApiKeyView> items) {
}
