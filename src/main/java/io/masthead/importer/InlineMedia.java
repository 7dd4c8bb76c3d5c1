package io.masthead.importer;

import io.masthead.media.MediaContent;
import java.util.UUID;

/** A media item an import line creates, or reuses when its id exists already. */
record InlineMedia(UUID id, MediaContent content) {
}
