package io.masthead.tag;

import io.masthead.platform.Localized;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRef", additionalProperties = Schema.False.class,
        description = "A tag as embedded in an article, named in the article's language.")
public record TagRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "japan") String slug,
        @Schema(required = true) TagType type,
        @Schema(required = true, examples = "Japan") String name) {

    public static TagRef of(Tag tag, String language) {
        TagLocalization localization = Localized.pick(tag.localizations, language);
        return new TagRef(tag.id, tag.slug, tag.type, localization == null ? tag.slug : localization.name);
    }
}
