package io.masthead.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Trims a delivery representation to what the request asked for ({@code fields}, {@code format}). It works on the
 * JSON tree of the record that would otherwise be served, so that a trimmed answer can only ever be a subset of the
 * full one: no field appears that the allow-listed record does not have. Untrimmed requests are served as before,
 * without the detour through a tree.
 */
@ApplicationScoped
public class Projection {
    private static final String ITEMS = "items";
    private static final String BLOCKS = "blocks";

    private final ObjectMapper mapper;

    Projection(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** One object with only {@code fields} (all when null) and its blocks in {@code format}. */
    public Object one(Object body, Set<String> fields, BlockFormat format) {
        String omitted = format == null ? null : format.omitted();
        if (fields == null && omitted == null) {
            return body;
        }
        ObjectNode tree = mapper.valueToTree(body);
        FieldSelection.trim(tree, fields);
        if (omitted != null) {
            tree.path(BLOCKS).forEach(block -> omitTextForm(block, omitted));
        }
        return tree;
    }

    /** A page whose {@code items} each keep only {@code fields} (all when null); the page's own fields stay. */
    public Object items(Object page, Set<String> fields) {
        if (fields == null) {
            return page;
        }
        ObjectNode tree = mapper.valueToTree(page);
        tree.path(ITEMS).forEach(item -> FieldSelection.trim((ObjectNode) item, fields));
        return tree;
    }

    /**
     * Leaves out one text form where a block (or a list item) has both; a heading has only text, which it keeps
     * whatever the format, or it would be left with nothing to show.
     */
    private static void omitTextForm(JsonNode node, String omitted) {
        if (node instanceof ObjectNode object && object.has("html") && object.has("text")) {
            object.remove(omitted);
        }
        node.path(ITEMS).forEach(item -> omitTextForm(item, omitted));
    }
}
