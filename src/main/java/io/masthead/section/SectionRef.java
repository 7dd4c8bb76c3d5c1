package io.masthead.section;

import io.masthead.platform.Localized;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionRef", additionalProperties = Schema.False.class,
        description = "The section an article belongs to, named in the article's language.")
public record SectionRef(
        @Schema(required = true, examples = "politics") String slug,
        @Schema(required = true, examples = "Politics") String name) {

    public static SectionRef of(Section section, String language) {
        if (section == null) {
            return null;
        }
        String name = Localized.pick(section.names, language);
        return new SectionRef(section.slug, name == null ? section.slug : name);
    }
}
