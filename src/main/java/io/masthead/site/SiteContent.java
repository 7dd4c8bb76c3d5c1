package io.masthead.site;

import io.masthead.http.Limits;
import io.masthead.media.MediaContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SiteContent", additionalProperties = Schema.False.class,
        description = "The site's settings as editors send them: the body of PUT.")
public record SiteContent(
        @NotBlank @Size(max = 200)
        @Schema(required = true, description = "The publication's name, as readers know it.",
                examples = "The Northern Ledger")
        String name,
        @Schema(description = "An image media item.") UUID logoMediaId,
        @NotBlank @Pattern(regexp = Limits.LANGUAGE_PATTERN)
        @Schema(required = true, description = "BCP 47 tag of the language that delivery lookups without `lang` use.",
                examples = "en")
        String defaultLanguage,
        @NotBlank @Size(max = 64) @Schema(required = true, description = "IANA time zone.", examples = "Europe/Berlin")
        String timeZone,
        @NotBlank @Size(max = 2048) @Pattern(regexp = MediaContent.HTTP_URL, message = MediaContent.HTTP_URL_MESSAGE)
        @Schema(required = true, format = "uri", description = "The publication's home page: an http or https URL.",
                examples = "https://ledger.example")
        String baseUrl,
        @NotEmpty @Size(max = 50) @Schema(required = true, maxItems = 50, description = "The language editions; at "
                + "least one.")
        List<@NotNull @Valid EditionInput> editions) {

    @Schema(name = "EditionInput", additionalProperties = Schema.False.class,
            description = "One language edition of the publication, as editors send it.")
    public record EditionInput(
            @NotBlank @Pattern(regexp = Limits.LANGUAGE_PATTERN)
            @Schema(required = true, description = "BCP 47 tag of the edition's language.", examples = "de")
            String language,
            @NotBlank @Size(max = 200)
            @Schema(required = true, description = "The edition's name, as its readers see it.",
                    examples = "Der Nordkurier")
            String name,
            @NotBlank @Size(max = 2048) @Pattern(regexp = MediaContent.HTTP_URL, message = MediaContent.HTTP_URL_MESSAGE)
            @Schema(required = true, format = "uri", description = "The edition's home page: an http or https URL.",
                    examples = "https://ledger.example/de")
            String baseUrl) {
    }

    /** The stored site as editor content: what GET shows and PUT accepts. */
    public static SiteContent of(Site site) {
        return new SiteContent(site.name, site.logo == null ? null : site.logo.id, site.defaultLanguage,
                site.timeZone, site.baseUrl, site.editions.stream()
                        .map(e -> new EditionInput(e.language, e.name, e.baseUrl))
                        .toList());
    }
}
