package io.masthead.feed;

/** What a feed request asks for; each filter is null for "any". {@code selfUrl} is the feed's own address. */
record FeedQuery(String language, String tag, String section, ContentMode content, int limit, String selfUrl) {
}
