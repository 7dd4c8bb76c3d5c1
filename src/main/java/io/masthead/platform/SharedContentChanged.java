package io.masthead.platform;

/**
 * A change to something that many articles show, other than the articles themselves: a tag's, a section's or a
 * media item's names and metadata, or the site. Fired inside the transaction of the change, so that what was
 * rendered from the old state stops being served when the change commits.
 */
public record SharedContentChanged(String what) {
}
