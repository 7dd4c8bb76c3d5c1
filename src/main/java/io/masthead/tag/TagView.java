package io.masthead.tag;

import io.masthead.platform.Localized;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tag", additionalProperties = Schema.False.class,
        description = "A tag with its names in every language and the number of published articles that carry it.")
public record TagView(
        @Schema(required = true, description = "The tag's id; stable when the slug changes.") UUID id,
        @Schema(required = true, description = "Identifies the tag in URLs: `GET /api/v1/tags/{slug}`, and `tag` "
                + "in the article list.", examples = "japan")
        String slug,
        @Schema(required = true, description = "What kind of thing the tag stands for.") TagType type,
        @Schema(required = true, description = "The name in the requested language, or the closest one.",
                examples = "Japan")
        String name,
        @Schema(description = "The description in the requested language, or the closest one.",
                examples = "News about Japan, its politics, economy and society.")
        String description,
        @Schema(required = true, description = "The name in every language, keyed by BCP 47 tag.",
                examples = "{\"en\": \"Japan\", \"de\": \"Japan\"}")
        Map<String, String> names,
        @Schema(description = "The broader tag this one belongs under.") TagRef parent,
        @Schema(description = "IPTC Media Topic code.", examples = "medtop:11000000") String iptcMediaTopic,
        @Schema(description = "Wikidata item id.", examples = "Q17") String wikidataQid,
        @Schema(required = true, minimum = "0", description = "How many articles with this tag are published now.",
                examples = "12")
        long articleCount) {

    /** Named in {@code language}, else in the site's default language, else in any. */
    static TagView of(Tag tag, String language, Supplier<String> siteDefault, long articleCount) {
        TagLocalization localization = Localized.pick(tag.localizations, language, siteDefault);
        Map<String, String> names = new TreeMap<>();
        tag.localizations.forEach((lang, value) -> names.put(lang, value.name));
        return new TagView(tag.id, tag.slug, tag.type,
                localization == null ? tag.slug : localization.name,
                localization == null ? null : localization.description,
                names,
                tag.parent == null ? null : TagRef.of(tag.parent, language, siteDefault),
                tag.iptcMediaTopic, tag.wikidataQid, articleCount);
    }
}
