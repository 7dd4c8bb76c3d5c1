package io.masthead.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.error.InvalidContent.FieldError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Checks the members of a body against the records it was read into: a member that is no component of its record
 * is not a field of the request, and a member that is null must be a component the contract declares nullable
 * ({@code @Schema(nullable = true)}, the one place that decides for the contract and the server alike). Jackson
 * reads an explicit null like an absent member, and reports unknown members of records only with a path relative
 * to the record, so both are checked here, by walking the JSON tree beside the value it became. That also follows
 * each polymorphic member (a block) into the record it actually became.
 */
final class MemberCheck {
    static final String UNKNOWN = "is not a field of this request body";
    static final String REQUIRED = "must not be null";
    static final String OPTIONAL = "must not be null; omit the member instead";

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    private MemberCheck() {
    }

    static List<FieldError> errors(JsonNode body, Object value) {
        List<FieldError> errors = new ArrayList<>();
        walk(body, value, new ArrayList<>(), errors);
        return errors;
    }

    private static void walk(JsonNode node, Object value, List<String> path, List<FieldError> errors) {
        if (node.isArray() && value instanceof List<?> list) {
            for (int i = 0; i < node.size() && i < list.size(); i++) {
                path.add(String.valueOf(i));
                walk(node.get(i), list.get(i), path, errors);
                path.remove(path.size() - 1);
            }
        } else if (node.isObject() && value instanceof Record record) {
            RecordShape shape = SHAPES.get(record.getClass());
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                Component component = shape.components().get(member.getKey());
                path.add(member.getKey());
                if (component == null && !shape.ignoresUnknown()) {
                    errors.add(new FieldError(JsonPointers.of(path), UNKNOWN));
                } else if (component != null && member.getValue().isNull()) {
                    if (!component.nullable()) {
                        errors.add(new FieldError(JsonPointers.of(path), component.required() ? REQUIRED : OPTIONAL));
                    }
                } else if (component != null) {
                    walk(member.getValue(), component.read(record), path, errors);
                }
                path.remove(path.size() - 1);
            }
        } else if (node.isObject() && value instanceof Map<?, ?> map) {
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                path.add(member.getKey());
                if (member.getValue().isNull()) {
                    errors.add(new FieldError(JsonPointers.of(path), REQUIRED));
                } else {
                    walk(member.getValue(), map.get(member.getKey()), path, errors);
                }
                path.remove(path.size() - 1);
            }
        }
    }

    /** What the check needs to know about a record class, read once per class. */
    private record RecordShape(Map<String, Component> components, boolean ignoresUnknown) {
        static RecordShape of(Class<?> type) {
            Map<String, Component> components = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
                String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
                Schema schema = schema(component);
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                components.put(name, new Component(accessor, schema != null && schema.nullable(),
                        schema != null && schema.required()));
            }
            JsonIgnoreProperties ignore = type.getAnnotation(JsonIgnoreProperties.class);
            return new RecordShape(Map.copyOf(components), ignore != null && ignore.ignoreUnknown());
        }
    }

    private record Component(Method accessor, boolean nullable, boolean required) {
        Object read(Record record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + accessor, e);
            }
        }
    }

    /** The contract's description of a record component, on its accessor or its field; null when it has none. */
    private static Schema schema(RecordComponent component) {
        Schema schema = component.getAccessor().getAnnotation(Schema.class);
        if (schema != null) {
            return schema;
        }
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Schema.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
