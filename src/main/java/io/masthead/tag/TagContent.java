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

@Schema(name = "TagContent", additionalProperties = Schema.False.class)
public record TagContent(
        @Size(max = 120) @Pattern(regexp = Limits.SLUG_PATTERN)
        @Schema(description = "On create, derived from the name in the alphabetically first language when "
                + "omitted; on PUT, omitting it keeps the current slug.", examples = "japan")
        String slug,
        @NotNull @Schema(required = true) TagType type,
        @NotEmpty @Size(max = 50) @Schema(required = true, minProperties = 1, maxProperties = 50,
                description = "Name (and description) per BCP 47 language tag.")
        Map<@Pattern(regexp = Limits.LANGUAGE_PATTERN) String, @NotNull @Valid Localization> names,
        @Size(max = 120) @Pattern(regexp = Limits.SLUG_PATTERN)
        @Schema(description = "Slug of the broader tag this one belongs under; not the tag itself or a tag below it.",
                examples = "asia")
        String parent,
        @Size(max = 200) @Pattern(regexp = "^(medtop:\\d{8}|https?://cv\\.iptc\\.org/newscodes/mediatopic/\\d{8})$",
                message = "must be an IPTC Media Topic code (medtop:NNNNNNNN) or its URI")
        @Schema(examples = "medtop:11000000")
        String iptcMediaTopic,
        @Pattern(regexp = "^Q[1-9]\\d*$", message = "must be a Wikidata item id such as Q17")
        @Schema(examples = "Q17")
        String wikidataQid) {

    /** The stored tag as editor content: what GET shows and PUT accepts. */
    public static TagContent of(Tag tag) {
        Map<String, Localization> names = new TreeMap<>();
        tag.localizations.forEach((language, value) ->
                names.put(language, new Localization(value.name, value.description)));
        return new TagContent(tag.slug, tag.type, names, tag.parent == null ? null : tag.parent.slug,
                tag.iptcMediaTopic, tag.wikidataQid);
    }

    @Schema(name = "TagLocalizationInput", additionalProperties = Schema.False.class)
    public record Localization(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Japan") String name,
            @Size(max = 2000) String description) {
    }
}
