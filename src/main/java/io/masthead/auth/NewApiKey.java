package io.masthead.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyRequest", additionalProperties = Schema.False.class,
        description = "The name and role of a new API key; the server generates the token.")
public record NewApiKey(
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9 ._-]+$",
                message = "must be letters, digits, spaces, dots, underscores or hyphens")
        @Schema(required = true, description = "Who or what uses the key.", examples = "cms-integration")
        String name,
        @NotNull @Schema(required = true, description = "What the key may do; give `admin` only to operators.")
        Role role) {
}
