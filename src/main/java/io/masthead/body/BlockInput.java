package io.masthead.body;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One body block as editors send it. The server sanitizes its rich text and derives the plain text. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true, defaultImpl = BlockInput.Unrecognized.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = BlockInput.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = BlockInput.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = BlockInput.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = BlockInput.Image.class, name = "image"),
        @JsonSubTypes.Type(value = BlockInput.Embed.class, name = "embed"),
        @JsonSubTypes.Type(value = BlockInput.ListBlock.class, name = "list")})
@Schema(name = "BlockInput", description = "One element of an article body. `type` says which shape it has.",
        oneOf = {BlockInput.Paragraph.class, BlockInput.Heading.class, BlockInput.Quote.class,
                BlockInput.Image.class, BlockInput.Embed.class, BlockInput.ListBlock.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "paragraph", schema = BlockInput.Paragraph.class),
                @DiscriminatorMapping(value = "heading", schema = BlockInput.Heading.class),
                @DiscriminatorMapping(value = "quote", schema = BlockInput.Quote.class),
                @DiscriminatorMapping(value = "image", schema = BlockInput.Image.class),
                @DiscriminatorMapping(value = "embed", schema = BlockInput.Embed.class),
                @DiscriminatorMapping(value = "list", schema = BlockInput.ListBlock.class)})
public sealed interface BlockInput {
    int MAX_HTML_LENGTH = 20_000;

    /** The stored block as an editor would send it again; rich text comes back in its sanitized form. */
    static BlockInput of(Block block) {
        return switch (block.type) {
            case PARAGRAPH -> new Paragraph("paragraph", block.html);
            case HEADING -> new Heading("heading", (int) block.level, block.text);
            case QUOTE -> new Quote("quote", block.html, block.person, block.role, block.source);
            case IMAGE -> new Image("image", block.media.id, block.caption, block.credit);
            case EMBED -> new Embed("embed", block.url, block.title);
            case LIST -> new ListBlock("list", block.listStyle, block.items.stream().map(item -> item.html).toList());
        };
    }

    /**
     * What a block with a missing or unknown type is read into, so that validation reports it together with every
     * other problem of the body instead of failing on it alone. It never passes validation.
     */
    @Schema(hidden = true)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unrecognized(
            @NotNull(message = "is required: one of " + TYPES)
            @Pattern(regexp = "^$", message = "must be one of " + TYPES)
            String type) implements BlockInput {
        static final String TYPES = "paragraph, heading, quote, image, embed, list";
    }

    @Schema(name = "ParagraphBlockInput", additionalProperties = Schema.False.class,
            description = "A paragraph of body text, as editors send it.")
    record Paragraph(
            @Schema(required = true, enumeration = "paragraph", description = "Always `paragraph`.") String type,
            @NotBlank @Size(max = MAX_HTML_LENGTH)
            @Schema(required = true, description = "Inline HTML; everything outside the safe subset is removed.",
                    examples = "The ministers met for <b>an hour</b> on Thursday.")
            String html) implements BlockInput {
    }

    @Schema(name = "HeadingBlockInput", additionalProperties = Schema.False.class,
            description = "A subheading in the body, as editors send it.")
    record Heading(
            @Schema(required = true, enumeration = "heading", description = "Always `heading`.") String type,
            @Min(2) @Max(6) @Schema(minimum = "2", maximum = "6", defaultValue = "2",
                    description = "2 to 6; level 1 is the headline itself.", examples = "2")
            Integer level,
            @NotBlank @Size(max = 300)
            @Schema(required = true, description = "The heading as plain text.", examples = "What comes next")
            String text)
            implements BlockInput {
    }

    @Schema(name = "QuoteBlockInput", additionalProperties = Schema.False.class,
            description = "A quotation, with who said it, as editors send it.")
    record Quote(
            @Schema(required = true, enumeration = "quote", description = "Always `quote`.") String type,
            @NotBlank @Size(max = MAX_HTML_LENGTH)
            @Schema(required = true, description = "Inline HTML, sanitized like a paragraph.",
                    examples = "We will not sign <i>at any price</i>.")
            String html,
            @Size(max = 200) @Schema(nullable = true,
                    description = "Who said it.", examples = "Maria Keller") String person,
            @Size(max = 200) @Schema(nullable = true,
                    description = "The person's role when they said it.", examples = "Harbour master")
            String role,
            @Size(max = 200) @Schema(nullable = true, description = "The outlet, when the quote is not first-hand.",
                    examples = "Radio Nord")
            String source) implements BlockInput {
    }

    @Schema(name = "ImageBlockInput", additionalProperties = Schema.False.class,
            description = "An image in the body, as editors send it: an image media item, with optional overrides "
                    + "of its caption and credit for this place.")
    record Image(
            @Schema(required = true, enumeration = "image", description = "Always `image`.") String type,
            @NotNull @Schema(required = true, description = "An image media item.") UUID mediaId,
            @Size(max = 2000) @Schema(nullable = true, description = "Overrides the media item's caption here.",
                    examples = "The harbour master at the signing.")
            String caption,
            @Size(max = 500) @Schema(nullable = true, description = "Overrides the media item's credit here.",
                    examples = "© Northern Ledger / Jana Holm")
            String credit)
            implements BlockInput {
    }

    @Schema(name = "EmbedBlockInput", additionalProperties = Schema.False.class,
            description = "A video, post or other item from an allow-listed provider, as editors send it.")
    record Embed(
            @Schema(required = true, enumeration = "embed", description = "Always `embed`.") String type,
            @NotBlank @Size(max = 2048)
            @Schema(required = true, format = "uri",
                    description = "An https URL on an allow-listed provider; the provider is derived from it.",
                    examples = "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
            String url,
            @Size(max = 500) @Schema(nullable = true, description = "A title for the embedded item; optional.",
                    examples = "Press conference after the harbour talks")
            String title) implements BlockInput {
    }

    @Schema(name = "ListBlockInput", additionalProperties = Schema.False.class,
            description = "A bulleted or numbered list, as editors send it.")
    record ListBlock(
            @Schema(required = true, enumeration = "list", description = "Always `list`.") String type,
            @Schema(defaultValue = "unordered", description = "`ordered` for a numbered list, `unordered` (the "
                    + "default) for bullets.")
            ListStyle style,
            @NotEmpty @Size(max = 100)
            @Schema(required = true, minItems = 1, maxItems = 100, description = "Inline HTML per item.")
            List<@NotBlank @Size(max = 2000) String> items) implements BlockInput {
    }
}
