package io.masthead.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Inline rich text limited to a safe subset, cleaned by jsoup's allow-list sanitizer, with its plain-text form.
 * Anything outside the subset (scripts, event handlers, style, javascript: or data: links) is removed, and
 * the text inside removed formatting tags is kept.
 */
public record RichText(String html, String text) {
    public static final String HTML_DESCRIPTION = "Sanitized inline HTML. Only <b>, <strong>, <i>, <em>, <br>, "
            + "<sub>, <sup> and <a href> (http, https, mailto; rel=\"nofollow noopener noreferrer\") appear.";

    private static final Safelist INLINE = new Safelist()
            .addTags("b", "strong", "i", "em", "br", "sub", "sup", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    public static RichText sanitize(String untrusted) {
        String html = Jsoup.clean(untrusted, "", INLINE, COMPACT).strip();
        return new RichText(html, plainText(html));
    }

    private static String plainText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element lineBreak : body.select("br")) {
            lineBreak.replaceWith(new TextNode("\n"));
        }
        return body.wholeText()
                .replaceAll("[\\s&&[^\\n]]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .strip();
    }
}
