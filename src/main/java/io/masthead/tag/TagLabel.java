package io.masthead.tag;

import java.util.Map;
import java.util.UUID;

/** What an article's tag list shows of a tag, read as a projection: no entity needs to be loaded for it. */
public record TagLabel(UUID id, String slug, TagType type, Map<String, String> names) {
}
