package io.masthead.feed;

import io.masthead.persistence.WireEnum;

/** How much of each article a feed carries. */
enum ContentMode implements WireEnum {
    /** Headline, standfirst and metadata; readers follow the link for the rest. */
    SUMMARY,
    /** The whole body as HTML as well. */
    FULL
}
