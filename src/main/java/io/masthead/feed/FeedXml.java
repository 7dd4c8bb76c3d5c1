package io.masthead.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Serializes a Rome feed; the feed is built from checked data, so a failure here is a bug, not bad input. */
final class FeedXml {
    private FeedXml() {
    }

    static String write(WireFeed feed) {
        return write(feed, null);
    }

    /**
     * Writes the feed with {@code xml:lang} on its root element when a language is given: Atom 1.0 states a feed's
     * language that way, and Rome's Atom generator leaves it out.
     */
    static String write(WireFeed feed, String language) {
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            if (language != null) {
                document.getRootElement().setAttribute("lang", language, Namespace.XML_NAMESPACE);
            }
            Format format = Format.getRawFormat().setEncoding(feed.getEncoding());
            return new XMLOutputter(format).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write a " + feed.getFeedType() + " feed", e);
        }
    }
}
