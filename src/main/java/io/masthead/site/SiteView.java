package io.masthead.site;

import io.masthead.media.MediaView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Site", additionalProperties = Schema.False.class,
        description = "The publication: its name, logo, language editions and time zone.")
public record SiteView(
        @Schema(required = true, description = "The publication's name, as readers know it.",
                examples = "The Northern Ledger")
        String name,
        @Schema(description = "The publication's logo; absent when none is set.") MediaView logo,
        @Schema(required = true, description = "The language of lookups that name none.", examples = "en")
        String defaultLanguage,
        @Schema(required = true, description = "IANA time zone the newsroom works in.", examples = "Europe/Berlin")
        String timeZone,
        @Schema(required = true, format = "uri", description = "The publication's home page.",
                examples = "https://ledger.example")
        String baseUrl,
        @Schema(required = true, maxItems = 50, description = "The language editions; at least one.")
        List<EditionView> editions) {

    static SiteView of(Site site) {
        return new SiteView(site.name, site.logo == null ? null : MediaView.of(site.logo), site.defaultLanguage,
                site.timeZone, site.baseUrl,
                site.editions.stream().map(e -> new EditionView(e.language, e.name, e.baseUrl)).toList());
    }

    @Schema(name = "Edition", additionalProperties = Schema.False.class,
            description = "One language edition of the publication.")
    public record EditionView(
            @Schema(required = true, description = "BCP 47 tag of the edition's language.", examples = "de")
            String language,
            @Schema(required = true, description = "The edition's name, as its readers see it.",
                    examples = "Der Nordkurier")
            String name,
            @Schema(required = true, format = "uri", description = "The edition's home page.",
                    examples = "https://ledger.example/de")
            String baseUrl) {
    }
}
