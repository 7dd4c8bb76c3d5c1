package io.masthead.section;

import io.masthead.http.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionContent", additionalProperties = Schema.False.class,
        description = "A section as editors send it: the body of POST and PUT.")
public record SectionContent(
        @NotBlank @Size(max = 120) @Pattern(regexp = Limits.SLUG_PATTERN)
        @Schema(required = true, description = "Unique; articles name their section by it, and it filters the "
                + "article list.", examples = "politics")
        String slug,
        @NotEmpty @Size(max = 50) @Schema(required = true, minProperties = 1, maxProperties = 50,
                description = "Name per BCP 47 language tag.", examples = "{\"en\": \"Politics\", \"de\": \"Politik\"}")
        Map<@Pattern(regexp = Limits.LANGUAGE_PATTERN) String, @NotBlank @Size(max = 200) String> names) {

    /** The stored section as editor content: what GET shows and PUT accepts. */
    public static SectionContent of(Section section) {
        return new SectionContent(section.slug, new TreeMap<>(section.names));
    }
}
