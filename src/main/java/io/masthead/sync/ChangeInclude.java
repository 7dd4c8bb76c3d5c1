package io.masthead.sync;

import io.masthead.persistence.WireEnum;

/** What an upsert embeds beyond the summary, chosen with {@code include}. */
public enum ChangeInclude implements WireEnum {
    /** The full article, as {@code GET /api/v1/articles/{slug}} returns it. */
    ARTICLE
}
