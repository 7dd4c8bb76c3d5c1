package io.masthead.body;

import io.masthead.error.InvalidContent.FieldError;
import io.masthead.media.Media;
import io.masthead.media.MediaKind;
import io.masthead.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Turns the blocks an editor sends into stored blocks: sanitized, typed and checked against their references. */
@ApplicationScoped
public class BodyBuilder {
    private final Map<String, Set<String>> embedProviders;

    BodyBuilder(EmbedConfig config) {
        this.embedProviders = config.providers();
    }

    /**
     * Builds the blocks in order. Every problem is added to {@code errors} with its JSON pointer under
     * {@code pointerPrefix}, so that the caller can report all of them at once.
     */
    public List<Block> build(List<BlockInput> inputs, Function<UUID, Optional<Media>> media, String pointerPrefix,
                             List<FieldError> errors) {
        List<Block> blocks = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) == null || inputs.get(i) instanceof BlockInput.Unrecognized) {
                continue;
            }
            Block block = new Block();
            block.id = Ids.next();
            block.position = i;
            fill(block, inputs.get(i), media, pointerPrefix + "/" + i, errors);
            blocks.add(block);
        }
        return blocks;
    }

    /** The plain text of the blocks that carry text, for word counts and search. */
    public static String plainText(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (block.text != null) {
                text.append(block.text).append('\n');
            }
            for (ListItem item : block.items) {
                text.append(item.text).append('\n');
            }
        }
        return text.toString();
    }

    private void fill(Block block, BlockInput input, Function<UUID, Optional<Media>> media, String pointer,
                      List<FieldError> errors) {
        if (input instanceof BlockInput.Paragraph paragraph) {
            block.type = BlockType.PARAGRAPH;
            setRichText(block, paragraph.html(), pointer, errors);
        } else if (input instanceof BlockInput.Heading heading) {
            block.type = BlockType.HEADING;
            block.level = (short) (heading.level() == null ? 2 : heading.level());
            block.text = heading.text() == null ? null : heading.text().strip();
        } else if (input instanceof BlockInput.Quote quote) {
            block.type = BlockType.QUOTE;
            setRichText(block, quote.html(), pointer, errors);
            block.person = quote.person();
            block.role = quote.role();
            block.source = quote.source();
        } else if (input instanceof BlockInput.Image image) {
            block.type = BlockType.IMAGE;
            block.media = image.mediaId() == null ? null : media.apply(image.mediaId())
                    .filter(found -> found.kind == MediaKind.IMAGE)
                    .orElse(null);
            if (block.media == null && image.mediaId() != null) {
                errors.add(new FieldError(pointer + "/mediaId", "must be the id of an image media item"));
            }
            block.caption = image.caption();
            block.credit = image.credit();
        } else if (input instanceof BlockInput.Embed embed) {
            block.type = BlockType.EMBED;
            block.url = embed.url();
            block.title = embed.title();
            block.provider = embed.url() == null ? null : providerOf(embed.url()).orElse(null);
            if (block.provider == null && embed.url() != null) {
                errors.add(new FieldError(pointer + "/url",
                        "must be an https URL of an allowed embed provider: " + String.join(", ",
                                embedProviders.keySet().stream().sorted().toList())));
            }
        } else if (input instanceof BlockInput.ListBlock list) {
            block.type = BlockType.LIST;
            block.listStyle = list.style() == null ? ListStyle.UNORDERED : list.style();
            List<String> items = list.items() == null ? List.of() : list.items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    continue;
                }
                RichText item = RichText.sanitize(items.get(i));
                if (item.text().isEmpty()) {
                    errors.add(new FieldError(pointer + "/items/" + i, "has no text once sanitized"));
                }
                block.items.add(new ListItem(item.html(), item.text()));
            }
        }
    }

    private static void setRichText(Block block, String html, String pointer, List<FieldError> errors) {
        if (html == null) {
            return;
        }
        RichText rich = RichText.sanitize(html);
        if (rich.text().isEmpty()) {
            errors.add(new FieldError(pointer + "/html", "has no text once sanitized"));
        }
        block.html = rich.html();
        block.text = rich.text();
    }

    Optional<String> providerOf(String url) {
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return embedProviders.entrySet().stream()
                    .filter(provider -> provider.getValue().contains(host))
                    .map(Map.Entry::getKey)
                    .findFirst();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
