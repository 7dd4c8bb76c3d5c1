package io.masthead.section;

import io.masthead.platform.Localized;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionRef", additionalProperties = Schema.False.class,
        description = "The section an article belongs to, named in the article's language.")
public record SectionRef(
        @Schema(required = true, description = "Identifies the section; pass it as `section` to list its articles.",
                examples = "politics")
        String slug,
        @Schema(required = true, description = "The section's name in the article's language, or the closest one.",
                examples = "Politics")
        String name) {

    public static SectionRef of(Section section, String language) {
        return of(section, language, () -> null);
    }

    /** Named in {@code language}, else in the site's default language, else in any. */
    public static SectionRef of(Section section, String language, Supplier<String> siteDefault) {
        if (section == null) {
            return null;
        }
        String name = Localized.pick(section.names, language, siteDefault);
        return new SectionRef(section.slug, name == null ? section.slug : name);
    }
}
