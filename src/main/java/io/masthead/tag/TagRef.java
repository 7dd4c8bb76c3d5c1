package io.masthead.tag;

import io.masthead.platform.Localized;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRef", additionalProperties = Schema.False.class,
        description = "A tag as embedded in an article, named in the article's language.")
public record TagRef(
        @Schema(required = true, description = "The tag's id; stable when the slug changes.") UUID id,
        @Schema(required = true, description = "Identifies the tag in URLs: `GET /api/v1/tags/{slug}`, and `tag` "
                + "in the article list.", examples = "japan")
        String slug,
        @Schema(required = true, description = "What kind of thing the tag stands for.") TagType type,
        @Schema(required = true, description = "The tag's name in the article's language, or the closest one.",
                examples = "Japan")
        String name) {

    public static TagRef of(TagLabel tag, String language) {
        return of(tag, language, () -> null);
    }

    /** Named in {@code language}, else in the site's default language, else in any. */
    public static TagRef of(TagLabel tag, String language, Supplier<String> siteDefault) {
        String name = Localized.pick(tag.names(), language, siteDefault);
        return new TagRef(tag.id(), tag.slug(), tag.type(), name == null ? tag.slug() : name);
    }

    /** Named in {@code language}, else in the site's default language, else in any. */
    public static TagRef of(Tag tag, String language, Supplier<String> siteDefault) {
        TagLocalization localization = Localized.pick(tag.localizations, language, siteDefault);
        return new TagRef(tag.id, tag.slug, tag.type, localization == null ? tag.slug : localization.name);
    }
}
