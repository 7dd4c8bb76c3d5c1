package io.masthead.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/** Serializes a Rome feed; the feed is built from checked data, so a failure here is a bug, not bad input. */
final class FeedXml {
    private FeedXml() {
    }

    static String write(WireFeed feed) {
        try {
            return new WireFeedOutput().outputString(feed, false);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write a " + feed.getFeedType() + " feed", e);
        }
    }
}
