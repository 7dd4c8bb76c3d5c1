package io.masthead.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyRequest", additionalProperties = Schema.False.class)
public record NewApiKey(
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9 ._-]+$",
                message = "must be letters, digits, spaces, dots, underscores or hyphens")
        @Schema(required = true, description = "Who or what uses the key.", examples = "cms-integration")
        String name,
        @NotNull @Schema(required = true) Role role) {
}
