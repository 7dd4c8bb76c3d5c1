package io.masthead.body;

import io.masthead.media.MediaView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One body block as the delivery API serves it; {@code type} says which of the shapes it has. */
@Schema(name = "Block", description = "One element of an article body. `type` says which shape it has.",
        oneOf = {BlockView.Paragraph.class, BlockView.Heading.class, BlockView.Quote.class, BlockView.Image.class,
                BlockView.Embed.class, BlockView.ListBlock.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "paragraph", schema = BlockView.Paragraph.class),
                @DiscriminatorMapping(value = "heading", schema = BlockView.Heading.class),
                @DiscriminatorMapping(value = "quote", schema = BlockView.Quote.class),
                @DiscriminatorMapping(value = "image", schema = BlockView.Image.class),
                @DiscriminatorMapping(value = "embed", schema = BlockView.Embed.class),
                @DiscriminatorMapping(value = "list", schema = BlockView.ListBlock.class)})
public sealed interface BlockView {
    /** Both text forms are always there, unless the article was asked for with {@code format}. */
    String WITHOUT_HTML = " Absent only when the article was asked for with `format=text`.";
    String WITHOUT_TEXT = " Absent only when the article was asked for with `format=html`.";

    static BlockView of(Block block) {
        return switch (block.type) {
            case PARAGRAPH -> new Paragraph("paragraph", block.html, block.text);
            case HEADING -> new Heading("heading", block.level, block.text);
            case QUOTE -> new Quote("quote", block.html, block.text, block.person, block.role, block.source);
            case IMAGE -> new Image("image", MediaView.of(block.media),
                    block.caption != null ? block.caption : block.media.caption,
                    block.credit != null ? block.credit : block.media.credit);
            case EMBED -> new Embed("embed", block.provider, block.url, block.title);
            case LIST -> new ListBlock("list", block.listStyle,
                    block.items.stream().map(item -> new ListItemView(item.html, item.text)).toList());
        };
    }

    @Schema(name = "ParagraphBlock", additionalProperties = Schema.False.class,
            description = "A paragraph of body text.")
    record Paragraph(
            @Schema(required = true, enumeration = "paragraph", description = "Always `paragraph`.") String type,
            @Schema(description = RichText.HTML_DESCRIPTION + WITHOUT_HTML,
                    examples = "The ministers met for <b>an hour</b> on Thursday.")
            String html,
            @Schema(description = "The same text without markup." + WITHOUT_TEXT,
                    examples = "The ministers met for an hour on Thursday.")
            String text) implements BlockView {
    }

    @Schema(name = "HeadingBlock", additionalProperties = Schema.False.class,
            description = "A subheading in the body.")
    record Heading(
            @Schema(required = true, enumeration = "heading", description = "Always `heading`.") String type,
            @Schema(required = true, minimum = "2", maximum = "6",
                    description = "2 to 6; level 1 is the headline itself.", examples = "2")
            int level,
            @Schema(required = true, description = "The heading as plain text.", examples = "What comes next")
            String text) implements BlockView {
    }

    @Schema(name = "QuoteBlock", additionalProperties = Schema.False.class,
            description = "A quotation, with who said it.")
    record Quote(
            @Schema(required = true, enumeration = "quote", description = "Always `quote`.") String type,
            @Schema(description = RichText.HTML_DESCRIPTION + WITHOUT_HTML,
                    examples = "We will not sign <i>at any price</i>.")
            String html,
            @Schema(description = "The same text without markup." + WITHOUT_TEXT,
                    examples = "We will not sign at any price.")
            String text,
            @Schema(description = "Who said it.", examples = "Maria Keller") String person,
            @Schema(description = "The person's role when they said it.", examples = "Harbour master")
            String role,
            @Schema(description = "Where the quote was published or heard, when not first-hand.",
                    examples = "Radio Nord")
            String source) implements BlockView {
    }

    @Schema(name = "ImageBlock", additionalProperties = Schema.False.class,
            description = "An image in the body, with the caption and credit that apply in this place.")
    record Image(
            @Schema(required = true, enumeration = "image", description = "Always `image`.") String type,
            @Schema(required = true, description = "The image and its metadata.") MediaView media,
            @Schema(description = "The caption here: the block's own, else the media item's.",
                    examples = "The harbour master at the signing.")
            String caption,
            @Schema(description = "The credit here: the block's own, else the media item's.",
                    examples = "© Northern Ledger / Jana Holm")
            String credit)
            implements BlockView {
    }

    @Schema(name = "EmbedBlock", additionalProperties = Schema.False.class,
            description = "A video, post or other item from an allow-listed provider, embedded in the body.")
    record Embed(
            @Schema(required = true, enumeration = "embed", description = "Always `embed`.") String type,
            @Schema(required = true, description = "One of the allow-listed providers.", examples = "youtube")
            String provider,
            @Schema(required = true, format = "uri", description = "The item's address on the provider's site, as "
                    + "the editor gave it.", examples = "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
            String url,
            @Schema(description = "A title for the embedded item.",
                    examples = "Press conference after the harbour talks")
            String title) implements BlockView {
    }

    @Schema(name = "ListBlock", additionalProperties = Schema.False.class,
            description = "A bulleted or numbered list.")
    record ListBlock(
            @Schema(required = true, enumeration = "list", description = "Always `list`.") String type,
            @Schema(required = true, description = "`ordered` for a numbered list, `unordered` for bullets.")
            ListStyle style,
            @Schema(required = true, minItems = 1, maxItems = 100, description = "The items, in order.")
            List<ListItemView> items) implements BlockView {
    }

    @Schema(name = "ListItem", additionalProperties = Schema.False.class,
            description = "One item of a list block.")
    record ListItemView(
            @Schema(description = RichText.HTML_DESCRIPTION + WITHOUT_HTML,
                    examples = "Harbour fees rise by <b>4%</b> in 2027.")
            String html,
            @Schema(description = "The same text without markup." + WITHOUT_TEXT,
                    examples = "Harbour fees rise by 4% in 2027.")
            String text) {
    }
}
