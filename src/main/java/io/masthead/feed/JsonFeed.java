package io.masthead.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed in JSON Feed 1.1 (https://jsonfeed.org/version/1.1), with the field names that specification uses. */
@Schema(name = "JsonFeed", description = "A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) of the newest "
        + "published articles. Field names follow that specification.")
record JsonFeed(
        @Schema(maxLength = 100, required = true, description = "The JSON Feed version this document follows.",
                examples = "https://jsonfeed.org/version/1.1")
        String version,
        @Schema(maxLength = 2000, required = true, description = "The publication's name in the feed's language, with the section and "
                + "tag when the feed is filtered by them.", examples = "The Northern Ledger – Shipping")
        String title,
        @JsonProperty("home_page_url")
        @Schema(format = "uri", description = "The home page of the publication's edition in the feed's language.",
                examples = "https://ledger.example/en")
        String homePageUrl,
        @JsonProperty("feed_url")
        @Schema(format = "uri", description = "This feed's own address.",
                examples = "https://api.ledger.example/api/v1/feeds/json?lang=en")
        String feedUrl,
        @Schema(maxLength = 2000, description = "What the feed holds.", examples = "The newest articles of The Northern Ledger.")
        String description,
        @Schema(maxLength = 2000, description = "BCP 47 language of the feed, when it is filtered by language.", examples = "en")
        String language,
        @Schema(maxItems = 1, description = "The publication, as the author of the feed.")
        List<Author> authors,
        @Schema(required = true, maxItems = 100, description = "The newest articles first.")
        List<Item> items) {

    static final String MEDIA_TYPE = "application/feed+json";
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    static JsonFeed of(Feed feed) {
        return new JsonFeed(VERSION, feed.title(), feed.homeUrl(), feed.selfUrl(), feed.description(),
                feed.language(), List.of(new Author(feed.publisher(), feed.homeUrl())),
                feed.items().stream().map(Item::of).toList());
    }

    @Schema(name = "JsonFeedItem", description = "One article. `content_html` holds the whole body when the feed was "
            + "asked for `content=full`; otherwise `content_text` holds the standfirst (or the headline).")
    record Item(
            @Schema(maxLength = 100, required = true, description = "The article's id as a URN; it never changes.",
                    examples = "urn:uuid:0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c")
            String id,
            @Schema(required = true, format = "uri", description = "The article on the public site.",
                    examples = "https://ledger.example/en/2026/11/20/harbour-deal-signed")
            String url,
            @Schema(maxLength = 2000, required = true, description = "The headline.", examples = "Harbour deal signed after all-night talks")
            String title,
            @JsonProperty("content_html")
            @Schema(maxLength = 1000000, description = "The whole article as HTML: hero image, paragraphs, headings, quotes with who said "
                    + "them, lists, images with caption and credit, embeds as links. Only with `content=full`.",
                    examples = "<p>After <b>fourteen hours</b> of talks, both sides signed.</p>")
            String contentHtml,
            @JsonProperty("content_text")
            @Schema(maxLength = 2000, description = "The standfirst, or the headline when there is none. Only with `content=summary`.",
                    examples = "Port operators and the city agreed on new fees after twelve hours of talks.")
            String contentText,
            @Schema(maxLength = 2000, description = "The standfirst.",
                    examples = "Port operators and the city agreed on new fees after twelve hours of talks.")
            String summary,
            @Schema(format = "uri", description = "The hero image.",
                    examples = "https://images.masthead.example/harbour/original.jpg")
            String image,
            @JsonProperty("date_published")
            @Schema(required = true, description = "The publication time shown to readers, with its offset.",
                    examples = "2026-11-20T08:45:00+01:00")
            OffsetDateTime datePublished,
            @JsonProperty("date_modified")
            @Schema(required = true, description = "The last change to the article.", examples = "2026-11-20T09:10:00Z")
            OffsetDateTime dateModified,
            @Schema(required = true, maxItems = 20, description = "The byline, in display order.")
            List<Author> authors,
            @Schema(required = true, maxItems = 50, description = "The names of the article's tags, in its language.")
            List<String> tags,
            @Schema(maxLength = 2000, required = true, description = "BCP 47 language of the article.", examples = "en")
            String language,
            @Schema(maxItems = 1, description = "The audio version (\"listen to the article\"); absent when there "
                    + "is none.")
            List<Attachment> attachments) {

        static Item of(Feed.Item item) {
            String text = item.contentHtml() != null ? null : item.summary() != null ? item.summary() : item.title();
            List<Attachment> attachments = item.audio() == null ? null
                    : List.of(new Attachment(item.audio().url(), item.audio().mimeType(), "Listen to the article",
                    item.audio().durationSeconds()));
            return new Item(item.uri(), item.url(), item.title(), item.contentHtml(), text, item.summary(),
                    item.image() == null ? null : item.image().url(), item.published(), item.updated(),
                    item.authors().stream().map(name -> new Author(name, null)).toList(),
                    item.tags().stream().map(tag -> tag.name()).toList(), item.language(), attachments);
        }
    }

    @Schema(name = "JsonFeedAuthor", description = "A person or the publication credited with an item or the feed.")
    record Author(
            @Schema(maxLength = 2000, required = true, description = "The name, as printed.", examples = "Jana Holm") String name,
            @Schema(format = "uri", description = "A page about the author, when known.",
                    examples = "https://ledger.example/en")
            String url) {
    }

    @Schema(name = "JsonFeedAttachment", description = "A file that belongs to an item, such as its audio version.")
    record Attachment(
            @Schema(required = true, format = "uri", description = "Where the file is.",
                    examples = "https://audio.masthead.example/harbour-deal.mp3")
            String url,
            @JsonProperty("mime_type")
            @Schema(maxLength = 100, required = true, description = "The file's MIME type.", examples = "audio/mpeg")
            String mimeType,
            @Schema(maxLength = 2000, description = "What the file is.", examples = "Listen to the article") String title,
            @JsonProperty("duration_in_seconds")
            @Schema(minimum = "0", description = "The length of the recording.", examples = "128")
            Integer durationInSeconds) {
    }
}
