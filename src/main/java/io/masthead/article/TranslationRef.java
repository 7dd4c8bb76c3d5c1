package io.masthead.article;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TranslationRef", additionalProperties = Schema.False.class,
        description = "A published translation of the article, enough to link to it and to name it as an hreflang "
                + "alternate.")
public record TranslationRef(
        @Schema(required = true, description = "The translation's id; `GET /api/v1/articles/{id}` returns it.")
        UUID id,
        @Schema(required = true, description = "BCP 47 language tag of the translation.", examples = "de")
        String language,
        @Schema(required = true, description = "The translation's URL segment in its language.",
                examples = "hafenabkommen-unterzeichnet")
        String slug,
        @Schema(required = true, description = "The translation's headline, in its language.",
                examples = "Hafenabkommen unterzeichnet")
        String headline,
        @Schema(format = "uri", maxLength = 2000, description = "The translation's absolute address on the public "
                + "site, as feeds and sitemaps link it (the site's or its edition's base URL and "
                + "`masthead.site.article-url-pattern`): the `href` of `<link rel=\"alternate\" hreflang>`. "
                + "Absent while no site is configured.",
                examples = "https://de.example.com/hafenabkommen-unterzeichnet")
        String url) {

    TranslationRef withUrl(String url) {
        return new TranslationRef(id, language, slug, headline, url);
    }
}
