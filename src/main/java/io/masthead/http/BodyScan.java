package io.masthead.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.masthead.error.InvalidContent.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds NUL characters in a JSON tree before {@link JsonBodies} maps it. PostgreSQL cannot store them in text, and
 * no field has a use for them, so every string and member name of every body is checked here, once. Each string
 * holding one is reported and removed, so that the rest of the body is still checked.
 */
final class BodyScan {
    static final String NUL_DETAIL = "must not contain the NUL character (U+0000)";
    private static final char NUL = '\u0000';

    private final List<FieldError> errors = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();

    private BodyScan() {
    }

    /** Scans the tree, removing every string (and member) that holds a NUL character from it. */
    static BodyScan of(JsonNode root) {
        BodyScan scan = new BodyScan();
        scan.visit(root, new ArrayList<>());
        return scan;
    }

    /** One error per string or member name with a NUL character. */
    List<FieldError> errors() {
        return errors;
    }

    /** The pointers of the values that were removed. */
    List<String> removed() {
        return removed;
    }

    private void visit(JsonNode node, List<String> path) {
        if (node instanceof ObjectNode object) {
            visitObject(object, path);
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                path.add(String.valueOf(i));
                JsonNode element = array.get(i);
                if (element.isTextual() && element.textValue().indexOf(NUL) >= 0) {
                    reportNul(path);
                    array.set(i, NullNode.getInstance());
                } else {
                    visit(element, path);
                }
                path.remove(path.size() - 1);
            }
        }
    }

    private void visitObject(ObjectNode object, List<String> path) {
        for (String name : names(object)) {
            JsonNode value = object.get(name);
            if (name.indexOf(NUL) >= 0) {
                errors.add(new FieldError(JsonPointers.of(path),
                        "has a member whose name contains the NUL character (U+0000)"));
                object.remove(name);
                continue;
            }
            path.add(name);
            if (value.isTextual() && value.textValue().indexOf(NUL) >= 0) {
                reportNul(path);
                object.remove(name);
            } else {
                visit(value, path);
            }
            path.remove(path.size() - 1);
        }
    }

    private void reportNul(List<String> path) {
        String pointer = JsonPointers.of(path);
        errors.add(new FieldError(pointer, NUL_DETAIL));
        removed.add(pointer);
    }

    private static List<String> names(ObjectNode object) {
        List<String> names = new ArrayList<>(object.size());
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
