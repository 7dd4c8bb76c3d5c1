package io.masthead.representation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published article as a schema.org {@code NewsArticle} in JSON-LD, the structured data search engines read
 * from article pages. Property names and types follow schema.org and Google's Article structured data guidelines.
 */
@Schema(name = "NewsArticleJsonLd", description = "A published article as a schema.org NewsArticle (JSON-LD), ready "
        + "to embed in the article page as a script element of type application/ld+json.")
public record NewsArticleJsonLd(
        @JsonProperty("@context") @Schema(required = true, description = "The JSON-LD context: schema.org.",
                enumeration = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(required = true, description = "Always `NewsArticle`.",
                enumeration = "NewsArticle") String type,
        @JsonProperty("@id") @Schema(required = true, format = "uri", description = "The article's node id: its "
                + "public URL with `#article`.", examples = "https://ledger.example/en/2026/11/20/harbour-deal-signed#article")
        String id,
        @Schema(required = true, format = "uri", description = "The article on the public site.",
                examples = "https://ledger.example/en/2026/11/20/harbour-deal-signed")
        String url,
        @Schema(required = true, description = "The page whose main subject the article is.") WebPage mainEntityOfPage,
        @Schema(maxLength = 2000, required = true, description = "The headline.", examples = "Harbour deal signed after all-night talks")
        String headline,
        @Schema(maxLength = 200, description = "The kicker, when there is one.", examples = "Trade") String alternativeHeadline,
        @Schema(maxLength = 2000, description = "The standfirst, when there is one.",
                examples = "Port operators and the city agreed on new fees after twelve hours of talks.")
        String description,
        @Schema(required = true, maxItems = 1, description = "The hero image; empty when there is none.")
        List<ImageObject> image,
        @Schema(required = true, description = "When the article first went live, with its offset.",
                examples = "2026-11-20T08:45:00+01:00")
        OffsetDateTime datePublished,
        @Schema(required = true, description = "The last change to the article.", examples = "2026-11-20T09:10:00Z")
        OffsetDateTime dateModified,
        @Schema(required = true, maxItems = 20, description = "A Person per name in the byline.")
        List<Person> author,
        @Schema(required = true, description = "The publication.") Organization publisher,
        @Schema(maxLength = 35, required = true, description = "BCP 47 language of the article.", examples = "en") String inLanguage,
        @Schema(required = true, maxItems = 50, description = "The names of the article's tags, in its language.")
        List<String> keywords,
        @Schema(maxLength = 200, description = "The section's name, when the article has one.", examples = "Business")
        String articleSection,
        @Schema(required = true, maxLength = 1_000_000, description = "The body as plain text: paragraphs, "
                + "headings, quotes with who said them and list items, separated by blank lines.",
                examples = "After fourteen hours of talks, both sides signed.")
        String articleBody,
        @Schema(required = true, minimum = "0", description = "Words in the body.", examples = "412") int wordCount,
        @Schema(maxLength = 30, required = true, description = "The reading time as an ISO 8601 duration.", examples = "PT3M")
        String timeRequired,
        @Schema(required = true, description = "The parts of the page a voice assistant reads aloud.")
        Speakable speakable,
        @Schema(required = true, description = "Always true: the delivery API serves no paywalled content.",
                examples = "true")
        boolean isAccessibleForFree,
        @Schema(description = "The read-aloud version, when there is one.") AudioObject audio) {

    static final String MEDIA_TYPE = ArticleFormats.JSON_LD;

    @Schema(name = "JsonLdWebPage", description = "The article's page, by its URL.")
    public record WebPage(
            @JsonProperty("@type") @Schema(required = true, description = "Always `WebPage`.", enumeration = "WebPage")
            String type,
            @JsonProperty("@id") @Schema(required = true, format = "uri", description = "The page's URL.",
                    examples = "https://ledger.example/en/2026/11/20/harbour-deal-signed")
            String id) {
    }

    @Schema(name = "JsonLdImageObject", description = "An image with the words that go with it.")
    public record ImageObject(
            @JsonProperty("@type") @Schema(required = true, description = "Always `ImageObject`.",
                    enumeration = "ImageObject") String type,
            @Schema(required = true, format = "uri", description = "The image file.",
                    examples = "https://images.masthead.example/harbour/original.jpg")
            String url,
            @Schema(required = true, format = "uri", description = "The image file, as schema.org's media property.",
                    examples = "https://images.masthead.example/harbour/original.jpg")
            String contentUrl,
            @Schema(minimum = "1", description = "Pixels.", examples = "2048") Integer width,
            @Schema(minimum = "1", description = "Pixels.", examples = "1365") Integer height,
            @Schema(maxLength = 2000, description = "The caption that applies in this article.",
                    examples = "Cranes at the container terminal on the night the talks ended.")
            String caption,
            @Schema(maxLength = 500, description = "Who made it, as printed next to it.", examples = "© Northern Ledger / Jana Holm")
            String creditText,
            @Schema(maxLength = 1000, description = "Copyright holder and usage terms.",
                    examples = "© 2026 Example Agency. Editorial use only.")
            String copyrightNotice) {
    }

    @Schema(name = "JsonLdPerson", description = "A person, by name.")
    public record Person(
            @JsonProperty("@type") @Schema(required = true, description = "Always `Person`.", enumeration = "Person")
            String type,
            @Schema(maxLength = 2000, required = true, description = "The name, as printed.", examples = "Jana Holm") String name) {
    }

    @Schema(name = "JsonLdOrganization", description = "The publication as a news organization, with its logo.")
    public record Organization(
            @JsonProperty("@type") @Schema(required = true, description = "Always `NewsMediaOrganization`.",
                    enumeration = "NewsMediaOrganization") String type,
            @Schema(maxLength = 2000, required = true, description = "The edition's name.", examples = "The Northern Ledger") String name,
            @Schema(required = true, format = "uri", description = "The edition's home page.",
                    examples = "https://ledger.example/en")
            String url,
            @Schema(description = "The site's logo, when one is set.") ImageObject logo) {
    }

    @Schema(name = "JsonLdSpeakable", description = "Where the headline and the standfirst are in the page: the XPaths "
            + "of its `<title>` and of its meta description, which a front end fills from the article's `seo`.")
    public record Speakable(
            @JsonProperty("@type") @Schema(required = true, description = "Always `SpeakableSpecification`.",
                    enumeration = "SpeakableSpecification") String type,
            @Schema(required = true, maxItems = 2, description = "XPath 1.0 expressions into the page.")
            List<String> xpath) {
    }

    @Schema(name = "JsonLdAudioObject", description = "The read-aloud version of the article.")
    public record AudioObject(
            @JsonProperty("@type") @Schema(required = true, description = "Always `AudioObject`.",
                    enumeration = "AudioObject") String type,
            @Schema(required = true, format = "uri", description = "The audio file.",
                    examples = "https://audio.masthead.example/harbour-deal.mp3")
            String contentUrl,
            @Schema(maxLength = 100, required = true, description = "The file's MIME type.", examples = "audio/mpeg")
            String encodingFormat,
            @Schema(maxLength = 30, description = "The length as an ISO 8601 duration, when known.", examples = "PT2M8S")
            String duration,
            @Schema(description = "The voice of the recording, when given.") Person creator) {
    }
}
