package io.masthead.feed;

import io.masthead.syndication.Publication;
import io.masthead.tag.TagRef;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A feed independent of its format: what RSS, Atom and JSON Feed all say, built once by {@link FeedService}.
 * {@code updated} is the newest change among the items (the site's when there are none), never the time of the
 * request, so that an unchanged feed keeps its bytes and its ETag.
 */
record Feed(String title, String description, String homeUrl, String selfUrl, String language, String publisher,
            Publication.Logo logo, Instant updated, List<Item> items, List<String> surrogateKeys) {

    /** One article of the feed. {@code contentHtml} is null unless the full content was asked for. */
    record Item(UUID id, String url, String title, String summary, String contentHtml, OffsetDateTime published,
                OffsetDateTime updated, String language, List<String> authors, List<TagRef> tags, Media image,
                Media audio) {

        /** A stable identifier that survives changes of slug, section and site address. */
        String uri() {
            return "urn:uuid:" + id;
        }
    }

    /** The hero image or the audio version of an item. */
    record Media(UUID id, String url, String mimeType, Integer width, Integer height, Integer durationSeconds,
                 String caption, String credit, String narrator) {
    }
}
