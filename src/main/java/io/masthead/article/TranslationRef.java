package io.masthead.article;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TranslationRef", additionalProperties = Schema.False.class,
        description = "A published translation of the article, enough to link to it.")
public record TranslationRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "de") String language,
        @Schema(required = true, examples = "hafenabkommen-unterzeichnet") String slug,
        @Schema(required = true, examples = "Hafenabkommen unterzeichnet") String headline) {
}
