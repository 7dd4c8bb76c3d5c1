package io.masthead.tag;

import io.masthead.http.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagContent", additionalProperties = Schema.False.class)
public record TagContent(
        @Size(max = 120) @Pattern(regexp = Limits.SLUG_PATTERN)
        @Schema(description = "Derived from the first name when omitted.", examples = "japan")
        String slug,
        @NotNull @Schema(required = true) TagType type,
        @NotEmpty @Size(max = 50) @Schema(required = true, description = "Name (and description) per language.")
        Map<@Pattern(regexp = Limits.LANGUAGE_PATTERN) String, @NotNull @Valid Localization> names,
        @Pattern(regexp = Limits.SLUG_PATTERN) @Schema(description = "Slug of the parent tag.") String parent,
        @Size(max = 200) @Pattern(regexp = "^(medtop:\\d{8}|https?://cv\\.iptc\\.org/newscodes/mediatopic/\\d{8})$",
                message = "must be an IPTC Media Topic code (medtop:NNNNNNNN) or its URI")
        @Schema(examples = "medtop:11000000")
        String iptcMediaTopic,
        @Pattern(regexp = "^Q[1-9]\\d*$", message = "must be a Wikidata item id such as Q17")
        @Schema(examples = "Q17")
        String wikidataQid) {

    @Schema(name = "TagLocalizationInput", additionalProperties = Schema.False.class)
    public record Localization(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Japan") String name,
            @Size(max = 2000) String description) {
    }
}
