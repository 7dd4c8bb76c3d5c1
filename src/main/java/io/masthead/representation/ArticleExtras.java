package io.masthead.representation;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * What the standard formats need of an article beyond its delivery representation: its version, when it was
 * started, its section's id, and the external ids of its tags.
 */
record ArticleExtras(long version, OffsetDateTime createdAt, UUID sectionId, Map<UUID, TagIds> tags) {

    /** A tag's IPTC Media Topic (code or URI) and Wikidata QID, either null. */
    record TagIds(String iptcMediaTopic, String wikidataQid) {
    }
}
