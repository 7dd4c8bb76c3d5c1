package io.masthead.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatedApiKey", additionalProperties = Schema.False.class,
        description = "A new API key with its secret token, which no later response shows again.")
public record CreatedApiKey(
        @Schema(required = true, description = "The key, as the list of keys shows it.") ApiKeyView key,
        @Schema(required = true, description = "The secret token. It is shown only in this response: store it now.",
                examples = "mh_Zx81kQa0f3nS4d9uXyB2wq7LmP5rT6vE1hJ8cK0aGs4")
        String token) {
}
