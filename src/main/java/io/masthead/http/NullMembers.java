package io.masthead.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.masthead.error.InvalidContent.FieldError;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which explicit nulls a body may hold. A member of a request record may be null only where the contract says so,
 * with {@code @Schema(nullable = true)} on the record component: that annotation is the one place that decides,
 * for the contract and for the server alike. Everywhere else, null is an error, although Jackson reads it like an
 * absent member. The check walks the value that was read, so it sees the record that a polymorphic member (a
 * block) actually became.
 */
final class NullMembers {
    static final String DETAIL = "must not be null; omit the member instead";

    private NullMembers() {
    }

    /** An error for each null member (given by its path segments) that the record it belongs to does not allow. */
    static List<FieldError> errors(Object value, List<List<String>> nullMembers) {
        List<FieldError> errors = new ArrayList<>();
        for (List<String> path : nullMembers) {
            Object parent = value;
            for (int i = 0; i < path.size() - 1 && parent != null; i++) {
                parent = child(parent, path.get(i));
            }
            String member = path.get(path.size() - 1);
            if (parent instanceof Map<?, ?> || parent instanceof Record record && refuses(record, member)) {
                errors.add(new FieldError(JsonPointers.of(path), DETAIL));
            }
        }
        return errors;
    }

    /** The value at one path segment, or null where the path leaves the records, lists and maps that were read. */
    private static Object child(Object parent, String segment) {
        if (parent instanceof Record record) {
            RecordComponent component = component(record.getClass(), segment);
            return component == null ? null : read(component, record);
        }
        if (parent instanceof List<?> list) {
            try {
                int index = Integer.parseInt(segment);
                return index >= 0 && index < list.size() ? list.get(index) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return parent instanceof Map<?, ?> map ? map.get(segment) : null;
    }

    /** Whether the member is a component of the record that may not be null; unknown members are reported elsewhere. */
    private static boolean refuses(Record record, String member) {
        RecordComponent component = component(record.getClass(), member);
        return component != null && !nullable(component);
    }

    static boolean nullable(RecordComponent component) {
        Schema schema = annotation(component.getAccessor());
        if (schema == null) {
            try {
                schema = annotation(component.getDeclaringRecord().getDeclaredField(component.getName()));
            } catch (NoSuchFieldException e) {
                schema = null;
            }
        }
        return schema != null && schema.nullable();
    }

    private static Schema annotation(AccessibleObject member) {
        return member.getAnnotation(Schema.class);
    }

    private static RecordComponent component(Class<?> type, String jsonName) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            if (name.equals(jsonName)) {
                return component;
            }
        }
        return null;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
