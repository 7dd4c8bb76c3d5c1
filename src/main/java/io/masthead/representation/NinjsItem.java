package io.masthead.representation;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published article as an IPTC ninjs 3.3 news item. Every property is a ninjs 3.3 property with its ninjs type;
 * the official schema (https://www.iptc.org/std/ninjs/ninjs-schema_3.3.json) validates each response in the tests.
 */
@Schema(name = "NinjsItem", description = "A published article as an IPTC ninjs 3.3 news item "
        + "(http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json). Tags become subjects, people, organisations, places "
        + "and events by their type; the hero image and the audio version are associations.")
public record NinjsItem(
        @Schema(required = true, format = "uri", description = "The article's id as a URN; it never changes.",
                examples = "urn:uuid:0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c")
        String uri,
        @Schema(maxLength = 20, required = true, description = "Always `text`.", enumeration = "text") String type,
        @Schema(required = true, description = "Always `full`.", enumeration = "full") String representationType,
        @Schema(maxLength = 20, required = true, description = "The article's version; it rises with every change.", examples = "3")
        String version,
        @Schema(required = true, description = "When the article first went live.", examples = "2026-11-20T08:45:00+01:00")
        OffsetDateTime firstCreated,
        @Schema(required = true, description = "The last change to the article.", examples = "2026-11-20T09:10:00Z")
        OffsetDateTime versionCreated,
        @Schema(required = true, description = "When the newsroom started the article.",
                examples = "2026-11-19T22:10:00+01:00")
        OffsetDateTime contentCreated,
        @Schema(required = true, description = "Always `usable`: the delivery API serves only published articles.",
                enumeration = "usable") String pubStatus,
        @Schema(maxLength = 2000, required = true, description = "BCP 47 language of the article.", examples = "en") String language,
        @Schema(required = true, description = "The standard this document follows.") Standard standard,
        @Schema(required = true, maxItems = 2, description = "The headline (role `main`) and the kicker (role "
                + "`kicker`), as plain text.")
        List<Text> headlines,
        @Schema(required = true, maxItems = 2, description = "The standfirst (role `summary`) and the SEO "
                + "description (role `seo`), when there are any.")
        List<Text> descriptions,
        @Schema(required = true, maxItems = 2, description = "The body as HTML and as plain text (role `main`).")
        List<Body> bodies,
        @Schema(maxLength = 200, required = true, description = "The article's slug.", examples = "harbour-deal-signed") String slugline,
        @Schema(maxLength = 500, description = "The byline as one statement, when there is one.", examples = "Jana Holm, Max Berger")
        String by,
        @Schema(required = true, maxItems = 50, description = "Topic tags, with their IPTC Media Topic URI when they "
                + "have one.")
        List<Concept> subjects,
        @Schema(required = true, maxItems = 70, description = "The byline (rel: what each person did) and the tags "
                + "about people (rel `about`).")
        List<Concept> people,
        @Schema(required = true, maxItems = 50, description = "Tags about organisations.") List<Concept> organisations,
        @Schema(required = true, maxItems = 50, description = "Tags about places.") List<Concept> places,
        @Schema(required = true, maxItems = 50, description = "Tags about events.") List<Concept> events,
        @Schema(required = true, maxItems = 20, description = "The agencies and outlets the article draws on.")
        List<InfoSource> infoSources,
        @Schema(maxLength = 200, required = true, description = "The publication.", examples = "The Northern Ledger")
        String copyrightHolder,
        @Schema(maxLength = 1000, required = true, description = "The copyright line, with the year of first publication.",
                examples = "© 2026 The Northern Ledger")
        String copyrightNotice,
        @Schema(maxLength = 2000, description = "The publisher's terms for reuse (`masthead.site.usage-terms`), when set.",
                examples = "Editorial use by subscribers only.")
        String usageTerms,
        @Schema(required = true, maxItems = 2, description = "The article's public URL (role `url`) and its id in "
                + "this API (role `masthead-id`).")
        List<AltId> altIds,
        @Schema(required = true, maxItems = 2, description = "The hero image (name `hero`) and the audio version "
                + "(name `audio`), when there are any.")
        List<Association> associations) {

    static final String MEDIA_TYPE = ArticleFormats.NINJS;

    @Schema(name = "NinjsStandard", description = "Which standard, version and schema the document follows.")
    public record Standard(
            @Schema(required = true, description = "Always `ninjs`.", enumeration = "ninjs") String name,
            @Schema(required = true, description = "Always `3.3`.", enumeration = "3.3") String version,
            @Schema(required = true, format = "uri", description = "The JSON Schema of ninjs 3.3.",
                    enumeration = "http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json#") String schema) {
    }

    @Schema(name = "NinjsText", description = "A headline or description with its role.")
    public record Text(
            @Schema(maxLength = 2000, required = true, description = "What the text is.", examples = "main") String role,
            @Schema(maxLength = 100, required = true, description = "Always `text/plain`.", enumeration = "text/plain")
            String contentType,
            @Schema(maxLength = 100000, required = true, description = "The text.", examples = "Harbour deal signed after all-night talks")
            String value) {
    }

    @Schema(name = "NinjsBody", description = "The body in one format.")
    public record Body(
            @Schema(required = true, description = "Always `main`.", enumeration = "main") String role,
            @Schema(maxLength = 2000, required = true, description = "`text/html` or `text/plain`.", examples = "text/html")
            String contentType,
            @Schema(required = true, minimum = "0", description = "Characters of the plain text.", examples = "2480")
            int charCount,
            @Schema(required = true, minimum = "0", description = "Words in the body.", examples = "412") int wordCount,
            @Schema(required = true, maxLength = 1_000_000, description = "The body.",
                    examples = "<p>After <b>fourteen hours</b> of talks, both sides signed.</p>")
            String value) {
    }

    @Schema(name = "NinjsConcept", description = "A subject, person, organisation, place or event.")
    public record Concept(
            @Schema(maxLength = 2000, required = true, description = "The name, in the article's language.", examples = "Japan")
            String name,
            @Schema(maxLength = 100, required = true, description = "How it relates to the article: `about` for tags, the contributor's "
                    + "role for the byline.", examples = "about")
            String rel,
            @Schema(format = "uri", description = "An IPTC Media Topic or Wikidata URI, when the tag has one.",
                    examples = "http://cv.iptc.org/newscodes/mediatopic/11000000")
            String uri,
            @Schema(maxLength = 200, description = "The tag's slug, when it is a tag.", examples = "japan") String literal) {
    }

    @Schema(name = "NinjsInfoSource", description = "An agency or outlet the article draws on.")
    public record InfoSource(
            @Schema(maxLength = 2000, required = true, description = "The source's name.", examples = "Baltic Wire") String name,
            @Schema(required = true, description = "Always `source`.", enumeration = "source") String role,
            @Schema(format = "uri", description = "A link to the source, when given.",
                    examples = "https://balticwire.example/news/harbour-talks")
            String uri) {
    }

    @Schema(name = "NinjsAltId", description = "Another identifier of the article.")
    public record AltId(
            @Schema(maxLength = 2000, required = true, description = "`url` or `masthead-id`.", examples = "url") String role,
            @Schema(maxLength = 100000, required = true, description = "The identifier.",
                    examples = "https://ledger.example/en/2026/11/20/harbour-deal-signed")
            String value) {
    }

    @Schema(name = "NinjsAssociation", description = "A media item that belongs to the article.")
    public record Association(
            @Schema(maxLength = 2000, required = true, description = "`hero` or `audio`.", examples = "hero") String name,
            @Schema(maxLength = 2000, required = true, description = "How it belongs to the article: `hero` or `audio`.",
                    examples = "hero")
            String rel,
            @Schema(required = true, format = "uri", description = "The media item's id as a URN.",
                    examples = "urn:uuid:0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3d")
            String uri,
            @Schema(maxLength = 2000, required = true, description = "`picture` or `audio`.", examples = "picture") String type,
            @Schema(required = true, maxItems = 2, description = "The caption (role `caption`) and the alt text (role "
                    + "`alt`), when there are any.")
            List<Text> descriptions,
            @Schema(maxLength = 2000, description = "The credit, or the narrator of audio.", examples = "© Northern Ledger / Jana Holm")
            String by,
            @Schema(maxLength = 2000, description = "Copyright holder and usage terms of the media item.",
                    examples = "© 2026 Example Agency. Editorial use only.")
            String copyrightNotice,
            @Schema(required = true, maxItems = 51, description = "The original file and its resized variants, each "
                    + "with the focal point in its own pixels.")
            List<Rendition> renditions) {
    }

    @Schema(name = "NinjsRendition", description = "One file of a media item.")
    public record Rendition(
            @Schema(maxLength = 2000, required = true, description = "`original` or the variant's name.", examples = "w640") String name,
            @Schema(required = true, format = "uri", description = "Where the file is.",
                    examples = "https://images.masthead.example/harbour/w640.jpg")
            String href,
            @Schema(maxLength = 2000, required = true, description = "The file's MIME type.", examples = "image/jpeg") String contentType,
            @Schema(minimum = "1", description = "Pixels; images only.", examples = "640") Integer width,
            @Schema(minimum = "1", description = "Pixels; images only.", examples = "427") Integer height,
            @Schema(minimum = "0", description = "Seconds; audio only.", examples = "128") Integer duration,
            @Schema(description = "The focal point in this file's pixels from the top left; images with a focal point "
                    + "only.") Poi poi) {
    }

    @Schema(name = "NinjsPoi", description = "A point of interest in pixels from the top left.")
    public record Poi(
            @Schema(required = true, minimum = "0", description = "Pixels from the left edge.", examples = "320") int x,
            @Schema(required = true, minimum = "0", description = "Pixels from the top edge.", examples = "150") int y) {
    }
}
