package io.masthead.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Walks the schemas of the contract, for the filters that adjust it. */
final class SchemaWalk {
    static final String PREFIX = "#/components/schemas/";

    private SchemaWalk() {
    }

    /** Calls {@code visitor} on {@code schema} and on every schema nested in it, not following references. */
    static void each(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            List.copyOf(schema.getProperties().values()).forEach(nested -> each(nested, visitor));
        }
        for (Schema nested : new Schema[] {schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot(),
                schema.getIfSchema(), schema.getThenSchema(), schema.getElseSchema(), schema.getPropertyNames()}) {
            each(nested, visitor);
        }
        for (List<Schema> list : List.of(nullSafe(schema.getAllOf()), nullSafe(schema.getAnyOf()),
                nullSafe(schema.getOneOf()))) {
            List.copyOf(list).forEach(nested -> each(nested, visitor));
        }
    }

    /** The component names that {@code schema} refers to, directly or through other components. */
    static Set<String> reachable(OpenAPI openAPI, List<Schema> roots) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> seen = new HashSet<>();
        List<Schema> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            each(todo.remove(todo.size() - 1), nested -> {
                String name = name(nested);
                if (name != null && seen.add(name) && components.containsKey(name)) {
                    todo.add(components.get(name));
                }
            });
        }
        return seen;
    }

    /** The schemas of the request bodies ({@code requests}) or of the responses of an operation. */
    static List<Schema> bodies(Operation operation, boolean requests) {
        List<Schema> schemas = new ArrayList<>();
        if (requests && operation.getRequestBody() != null) {
            add(operation.getRequestBody().getContent(), schemas);
        }
        if (!requests && operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> add(response.getContent(),
                    schemas));
        }
        return schemas;
    }

    static String name(Schema schema) {
        String ref = schema.getRef();
        return ref != null && ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : null;
    }

    /** A shallow copy: the same keywords, the nested schemas shared. */
    static Schema copy(Schema schema) {
        Schema copy = OASFactory.createSchema();
        schema.getAll().forEach(copy::set);
        return copy;
    }

    private static void add(Content content, List<Schema> schemas) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().filter(media -> media.getSchema() != null)
                    .forEach(media -> schemas.add(media.getSchema()));
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
