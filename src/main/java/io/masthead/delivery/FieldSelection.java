package io.masthead.delivery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.masthead.error.InvalidParameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code fields} parameter: a comma-separated list of the top-level fields a representation may be trimmed to.
 * The allowed names are read from the record that is serialized, so that the list cannot drift from the JSON; a name
 * outside it (a typo, or a probe such as {@code passwordHash}) is a 400 that lists what is accepted.
 */
public final class FieldSelection {
    public static final String PARAMETER = "fields";
    /** Room for every field of the largest representation, with commas, and no more. */
    public static final int MAX_LENGTH = 400;

    private final List<String> allowed;

    private FieldSelection(List<String> allowed) {
        this.allowed = allowed;
    }

    /** The serialized components of {@code type}, in declaration order. */
    public static FieldSelection of(Class<? extends Record> type) {
        return new FieldSelection(Arrays.stream(type.getRecordComponents())
                .filter(component -> !component.getAccessor().isAnnotationPresent(JsonIgnore.class)
                        && !component.isAnnotationPresent(JsonIgnore.class))
                .map(RecordComponent::getName)
                .toList());
    }

    public List<String> allowed() {
        return allowed;
    }

    /** A regular expression matching a valid value, for the contract. */
    public String pattern() {
        String name = "(" + String.join("|", allowed) + ")";
        return "^" + name + "(," + name + ")*$";
    }

    /** The requested names in the order given, without repeats; null when the parameter is absent (every field). */
    public Set<String> parse(String value) {
        if (value == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : value.split(",", -1)) {
            String trimmed = name;
            if (!allowed.contains(trimmed)) {
                throw new InvalidParameter(PARAMETER, PARAMETER + " must be a comma-separated list of field names "
                        + "from: " + String.join(", ", allowed) + "; got '" + printable(trimmed) + "'.");
            }
            names.add(trimmed);
        }
        return names;
    }

    /** Keeps only the selected fields of one object. */
    public static void trim(ObjectNode object, Set<String> fields) {
        if (fields != null) {
            object.retain(fields);
        }
    }

    private static String printable(String value) {
        String visible = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 60 ? visible.substring(0, 60) + "..." : visible;
    }
}
