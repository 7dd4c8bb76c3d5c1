package io.masthead.feed;

import io.masthead.http.CacheFamily;
import io.masthead.http.HttpCaching;
import io.masthead.http.Limits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/feeds")
@Tag(name = "Feeds")
public class FeedResource {
    private static final String FILTERS = " Only articles that are published now appear, newest first. `lang`, `tag` and "
            + "`section` combine with AND; an unknown tag or section is a 404. Items link to the public site "
            + "(`masthead.site.article-url-pattern`); `content=full` adds the whole body as HTML.";
    private static final String LANG = "Only articles in this language (BCP 47); also the language of the feed's title.";
    private static final String TAG = "Only articles with this tag (its slug; a merged tag's old slug works too).";
    private static final String SECTION = "Only articles in this section (its slug).";
    private static final String CONTENT = "`summary` (headline, standfirst and metadata) or `full` (the whole body as "
            + "HTML as well).";

    private final FeedService feeds;
    private final HttpCaching caching;

    FeedResource(FeedService feeds, HttpCaching caching) {
        this.feeds = feeds;
        this.caching = caching;
    }

    @GET
    @Path("/rss")
    @Produces(RssWriter.MEDIA_TYPE)
    @Operation(operationId = "getRssFeed", summary = "RSS 2.0 feed of the newest articles", description = "An RSS 2.0 "
            + "channel. Items carry a `guid` (the article's `urn:uuid`), `pubDate`, `dc:creator` per byline name, a "
            + "`category` per tag, the standfirst as `description`, the body as `content:encoded` with `content=full`, "
            + "and the hero image and audio version as `enclosure` and `media:content`." + FILTERS)
    @APIResponse(responseCode = "200", description = "An RSS 2.0 document.", content = @Content(
            mediaType = RssWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 50_000_000,
            description = "RSS 2.0 XML."), examples = @ExampleObject(name = "rss", value = FeedExamples.RSS)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response rss(
            @Parameter(description = LANG, example = "en") @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN)
            String lang,
            @Parameter(description = TAG, example = "shipping") @QueryParam("tag") @Size(max = 120)
            @Pattern(regexp = Limits.SLUG_PATTERN) String tag,
            @Parameter(description = SECTION, example = "business") @QueryParam("section") @Size(max = 120)
            @Pattern(regexp = Limits.SLUG_PATTERN) String section,
            @Parameter(description = CONTENT, example = "summary", schema = @Schema(type = SchemaType.STRING, enumeration = {"summary", "full"},
                    defaultValue = "summary")) @QueryParam("content") String content,
            @Parameter(description = "How many articles to include.", example = Limits.DEFAULT_PAGE_SIZE_TEXT,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = Limits.MAX_PAGE_SIZE_TEXT,
                            defaultValue = Limits.DEFAULT_PAGE_SIZE_TEXT)) @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        Feed feed = feeds.feed(FeedParams.query(lang, tag, section, content, limit, uri));
        return caching.ok(CacheFamily.FEED, RssWriter.write(feed), MediaType.valueOf(RssWriter.MEDIA_TYPE),
                        feed.surrogateKeys())
                .build();
    }

    @GET
    @Path("/atom")
    @Produces(AtomWriter.MEDIA_TYPE)
    @Operation(operationId = "getAtomFeed", summary = "Atom 1.0 feed of the newest articles", description = "An Atom "
            + "1.0 feed (RFC 4287). Entries carry an `id` (the article's `urn:uuid`), `published` and `updated`, an "
            + "`author` per byline name, a `category` per tag (term: slug, label: name), the standfirst as `summary`, "
            + "the body as `content type=\"html\"` with `content=full`, and the hero image and audio version as "
            + "`link rel=\"enclosure\"` and `media:content`." + FILTERS)
    @APIResponse(responseCode = "200", description = "An Atom 1.0 document.", content = @Content(
            mediaType = AtomWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 50_000_000,
            description = "Atom 1.0 XML."), examples = @ExampleObject(name = "atom", value = FeedExamples.ATOM)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response atom(
            @Parameter(description = LANG, example = "en") @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN)
            String lang,
            @Parameter(description = TAG, example = "shipping") @QueryParam("tag") @Size(max = 120)
            @Pattern(regexp = Limits.SLUG_PATTERN) String tag,
            @Parameter(description = SECTION, example = "business") @QueryParam("section") @Size(max = 120)
            @Pattern(regexp = Limits.SLUG_PATTERN) String section,
            @Parameter(description = CONTENT, example = "summary", schema = @Schema(type = SchemaType.STRING, enumeration = {"summary", "full"},
                    defaultValue = "summary")) @QueryParam("content") String content,
            @Parameter(description = "How many articles to include.", example = Limits.DEFAULT_PAGE_SIZE_TEXT,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = Limits.MAX_PAGE_SIZE_TEXT,
                            defaultValue = Limits.DEFAULT_PAGE_SIZE_TEXT)) @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        Feed feed = feeds.feed(FeedParams.query(lang, tag, section, content, limit, uri));
        return caching.ok(CacheFamily.FEED, AtomWriter.write(feed), MediaType.valueOf(AtomWriter.MEDIA_TYPE),
                feed.surrogateKeys()).build();
    }

    @GET
    @Path("/json")
    @Produces(JsonFeed.MEDIA_TYPE)
    @Operation(operationId = "getJsonFeed", summary = "JSON Feed 1.1 of the newest articles", description = "A JSON "
            + "Feed 1.1 document (https://jsonfeed.org/version/1.1). Items carry `id` (the article's `urn:uuid`), "
            + "`date_published` and `date_modified` with their offsets, `authors`, `tags`, the hero image as "
            + "`image`, the audio version as an attachment, and `content_html` with `content=full` (`content_text` "
            + "otherwise)." + FILTERS)
    @APIResponse(responseCode = "200", description = "A JSON Feed 1.1 document.", content = @Content(
            mediaType = JsonFeed.MEDIA_TYPE, schema = @Schema(implementation = JsonFeed.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response json(
            @Parameter(description = LANG, example = "en") @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN)
            String lang,
            @Parameter(description = TAG, example = "shipping") @QueryParam("tag") @Size(max = 120)
            @Pattern(regexp = Limits.SLUG_PATTERN) String tag,
            @Parameter(description = SECTION, example = "business") @QueryParam("section") @Size(max = 120)
            @Pattern(regexp = Limits.SLUG_PATTERN) String section,
            @Parameter(description = CONTENT, example = "summary", schema = @Schema(type = SchemaType.STRING, enumeration = {"summary", "full"},
                    defaultValue = "summary")) @QueryParam("content") String content,
            @Parameter(description = "How many articles to include.", example = Limits.DEFAULT_PAGE_SIZE_TEXT,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = Limits.MAX_PAGE_SIZE_TEXT,
                            defaultValue = Limits.DEFAULT_PAGE_SIZE_TEXT)) @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        Feed feed = feeds.feed(FeedParams.query(lang, tag, section, content, limit, uri));
        return caching.ok(CacheFamily.FEED, JsonFeed.of(feed), MediaType.valueOf(JsonFeed.MEDIA_TYPE),
                        feed.surrogateKeys())
                .build();
    }
}
