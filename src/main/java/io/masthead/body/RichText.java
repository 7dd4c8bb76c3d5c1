package io.masthead.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

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

    /** Elements that the subset drops but that separate text, as pasted paragraphs or list items do. */
    private static final String BLOCK_ELEMENTS = "p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, section, "
            + "article, header, footer, ul, ol, table";

    /** Any run of white space, including the no-break space that HTML editors insert. */
    private static final String WHITE_SPACE = "[\\s\\u00A0]+";

    public static RichText sanitize(String untrusted) {
        // jsoup reads U+FFFF, a noncharacter that no text holds, as the end of its input.
        Document document = Jsoup.parseBodyFragment(untrusted.replace("\uFFFF", ""));
        document.outputSettings(COMPACT);
        Element fragment = document.body();
        for (Element block : fragment.select(BLOCK_ELEMENTS)) {
            if (block.nextSibling() != null) {
                block.after("<br>");
            }
        }
        String cleaned = Jsoup.clean(fragment.html(), "", INLINE, COMPACT);
        // The cleaner copies the tree the parser built from broken markup, which may nest what no parser would
        // (an <a> inside an <a>, once an <svg> between them is dropped). Parsing the result once more gives the
        // shape a browser builds from it, so that sanitizing stored text again changes nothing.
        Document canonical = Jsoup.parseBodyFragment(cleaned);
        canonical.outputSettings(COMPACT);
        String html = canonical.body().html().strip();
        return new RichText(html, plainText(html));
    }

    /** The text as a browser shows it: white space collapsed, and a line break only where there is a br. */
    private static String plainText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                text.text(text.getWholeText().replaceAll(WHITE_SPACE, " "));
            }
        }, body);
        for (Element lineBreak : body.select("br")) {
            lineBreak.replaceWith(new TextNode("\n"));
        }
        return body.wholeText()
                .replaceAll(" +", " ")
                .replaceAll(" ?\\n ?", "\n")
                .strip();
    }
}
