package io.masthead.tag;

import io.masthead.http.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagContent", additionalProperties = Schema.False.class,
        description = "A tag as editors send it: the body of POST and PUT.")
public record TagContent(
        @Size(max = 120) @Pattern(regexp = Limits.SLUG_PATTERN)
        @Schema(description = "On create, derived from the name in the alphabetically first language when "
                + "omitted; on PUT, omitting it keeps the current slug.", examples = "japan")
        String slug,
        @NotNull @Schema(required = true, description = "What kind of thing the tag stands for.") TagType type,
        @NotEmpty @Size(max = 50) @Schema(required = true, minProperties = 1, maxProperties = 50,
                description = "Name (and description) per BCP 47 language tag.")
        Map<@Pattern(regexp = Limits.LANGUAGE_PATTERN) String, @NotNull @Valid Localization> names,
        @Size(max = 120) @Pattern(regexp = Limits.SLUG_PATTERN)
        @Schema(nullable = true,
                description = "Slug of the broader tag this one belongs under; not the tag itself or a tag below it.",
                examples = "asia")
        String parent,
        @Size(max = 200) @Pattern(regexp = "^(medtop:\\d{8}|https?://cv\\.iptc\\.org/newscodes/mediatopic/\\d{8})$",
                message = "must be an IPTC Media Topic code (medtop:NNNNNNNN) or its URI")
        @Schema(nullable = true,
                description = "The matching IPTC Media Topic, as a `medtop:` code or its URI; optional.",
                examples = "medtop:11000000")
        String iptcMediaTopic,
        @Pattern(regexp = "^Q[1-9]\\d*$", message = "must be a Wikidata item id such as Q17")
        @Schema(nullable = true, description = "The Wikidata item the tag stands for; optional.", examples = "Q17")
        String wikidataQid) {

    /** The stored tag as editor content: what GET shows and PUT accepts. */
    public static TagContent of(Tag tag) {
        Map<String, Localization> names = new TreeMap<>();
        tag.localizations.forEach((language, value) ->
                names.put(language, new Localization(value.name, value.description)));
        return new TagContent(tag.slug, tag.type, names, tag.parent == null ? null : tag.parent.slug,
                tag.iptcMediaTopic, tag.wikidataQid);
    }

    @Schema(name = "TagLocalizationInput", additionalProperties = Schema.False.class,
            description = "The name and description of a tag in one language.")
    public record Localization(
            @NotBlank @Size(max = 200)
            @Schema(required = true, description = "The tag's name in this language.", examples = "Japan")
            String name,
            @Size(max = 2000) @Schema(nullable = true, description = "A short description in this language; optional.",
                    examples = "News about Japan, its politics, economy and society.")
            String description) {
    }
}
