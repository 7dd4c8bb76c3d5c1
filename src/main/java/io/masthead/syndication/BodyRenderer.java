package io.masthead.syndication;

import io.masthead.body.BlockView;
import io.masthead.body.ListStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body of an article as one HTML document fragment and as plain text, for formats that carry the whole
 * article (full-content feeds, ninjs bodies, the JSON-LD {@code articleBody}). The inline HTML of paragraphs,
 * quotes and list items is already sanitized when it is written; jsoup builds the rest, so every caption, name
 * and URL is escaped on the way out.
 */
public final class BodyRenderer {
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);
    private static final String LINK_REL = "nofollow noopener noreferrer";

    private BodyRenderer() {
    }

    /** The body as HTML, led by the hero image when there is one. */
    public static String html(Figure hero, List<BlockView> blocks) {
        Element root = new Document("").outputSettings(COMPACT).appendElement("div");
        if (hero != null) {
            figure(root, hero);
        }
        for (BlockView block : blocks) {
            append(root, block);
        }
        return XmlText.clean(root.html());
    }

    /** The body as plain text: one paragraph per block, quotes with who said them, list items on lines of their own. */
    public static String text(List<BlockView> blocks) {
        List<String> paragraphs = new ArrayList<>();
        for (BlockView block : blocks) {
            String text = null;
            if (block instanceof BlockView.Paragraph paragraph) {
                text = paragraph.text();
            } else if (block instanceof BlockView.Heading heading) {
                text = heading.text();
            } else if (block instanceof BlockView.Quote quote) {
                String attribution = attribution(quote);
                text = attribution.isEmpty() ? quote.text() : quote.text() + "\n— " + attribution;
            } else if (block instanceof BlockView.ListBlock list) {
                text = list.items().stream().map(item -> "- " + item.text()).collect(Collectors.joining("\n"));
            }
            if (text != null && !text.isBlank()) {
                paragraphs.add(text);
            }
        }
        return XmlText.clean(String.join("\n\n", paragraphs));
    }

    private static void append(Element root, BlockView block) {
        if (block instanceof BlockView.Paragraph paragraph) {
            root.appendElement("p").html(paragraph.html());
        } else if (block instanceof BlockView.Heading heading) {
            root.appendElement("h" + heading.level()).text(heading.text());
        } else if (block instanceof BlockView.Quote quote) {
            quote(root, quote);
        } else if (block instanceof BlockView.Image image) {
            figure(root, new Figure(image.media().url(), image.media().altText(), image.media().width(),
                    image.media().height(), image.caption(), image.credit()));
        } else if (block instanceof BlockView.Embed embed) {
            root.appendElement("p").appendElement("a").attr("href", embed.url()).attr("rel", LINK_REL)
                    .text(embed.title() != null ? embed.title() : embed.url());
        } else if (block instanceof BlockView.ListBlock list) {
            Element element = root.appendElement(list.style() == ListStyle.ORDERED ? "ol" : "ul");
            list.items().forEach(item -> element.appendElement("li").html(item.html()));
        }
    }

    /** A quote as a figure: the words in a blockquote, who said them and where in the caption. */
    private static void quote(Element root, BlockView.Quote quote) {
        Element figure = root.appendElement("figure");
        figure.appendElement("blockquote").appendElement("p").html(quote.html());
        String attribution = attribution(quote);
        if (attribution.isEmpty() && quote.source() == null) {
            return;
        }
        Element caption = figure.appendElement("figcaption").appendText("— " + attribution);
        if (quote.source() != null) {
            caption.appendText(attribution.isEmpty() ? "" : ", ").appendElement("cite").text(quote.source());
        }
    }

    private static void figure(Element root, Figure image) {
        Element figure = root.appendElement("figure");
        Element img = figure.appendElement("img").attr("src", image.url()).attr("alt", orEmpty(image.alt()));
        if (image.width() != null && image.height() != null) {
            img.attr("width", image.width().toString()).attr("height", image.height().toString());
        }
        if (image.caption() != null || image.credit() != null) {
            Element caption = figure.appendElement("figcaption");
            if (image.caption() != null) {
                caption.appendText(image.caption());
            }
            if (image.credit() != null) {
                if (image.caption() != null) {
                    caption.appendText(" ");
                }
                caption.appendElement("small").text(image.credit());
            }
        }
    }

    /** "Person, Role" of a quote, as much of it as is known; empty when neither is. */
    private static String attribution(BlockView.Quote quote) {
        return Stream.of(quote.person(), quote.role()).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** An image as a body shows it: where it is, what it shows, and the caption and credit that apply. */
    public record Figure(String url, String alt, Integer width, Integer height, String caption, String credit) {
    }
}
