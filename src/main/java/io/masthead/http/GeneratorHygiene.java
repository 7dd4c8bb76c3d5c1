package io.masthead.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Removes what client generators warn about or get wrong: a {@code type} written next to a {@code $ref} (the
 * reference alone says it), and components named after JDK types ({@code OffsetDateTime} is a reserved word for
 * the Java and Kotlin generators), which are written inline instead, as the plain formatted strings they are.
 */
final class GeneratorHygiene {
    private static final List<String> INLINED = List.of("OffsetDateTime", "UUID");

    private GeneratorHygiene() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Consumer<Schema> fix = schema -> {
            String target = SchemaWalk.name(schema);
            if (target != null && INLINED.contains(target)) {
                inline(schema, components.get(target));
            } else if (schema.getRef() != null) {
                schema.setType(null);
            }
        };
        everySchema(openAPI).forEach(schema -> SchemaWalk.each(schema, fix));
        INLINED.forEach(openAPI.getComponents()::removeSchema);
    }

    private static void inline(Schema schema, Schema component) {
        schema.setRef(null);
        schema.setType(component.getType());
        schema.setFormat(component.getFormat());
        if (schema.getPattern() == null) {
            schema.setPattern(component.getPattern());
        }
        if (schema.getMaxLength() == null) {
            schema.setMaxLength(component.getMaxLength());
        }
        if (schema.getExamples() == null || schema.getExamples().isEmpty()) {
            schema.setExamples(exampleOf(component));
        }
    }

    /** UUIDs get the example id the management API documents; times keep the JDK type's example. */
    private static List<Object> exampleOf(Schema component) {
        return "uuid".equals(component.getFormat()) ? List.of(ManagementApi.ID_EXAMPLE) : component.getExamples();
    }

    private static List<Schema> everySchema(OpenAPI openAPI) {
        List<Schema> schemas = new ArrayList<>(openAPI.getComponents().getSchemas().values());
        openAPI.getComponents().getHeaders().values().forEach(header -> schemas.add(header.getSchema()));
        openAPI.getComponents().getParameters().values().forEach(parameter -> schemas.add(parameter.getSchema()));
        openAPI.getComponents().getResponses().values().forEach(response -> add(response.getContent(), schemas));
        List<org.eclipse.microprofile.openapi.models.PathItem> items =
                new ArrayList<>(openAPI.getPaths().getPathItems().values());
        if (openAPI.getWebhooks() != null) {
            items.addAll(openAPI.getWebhooks().values());
        }
        items.forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> schemas.add(parameter.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                add(operation.getRequestBody().getContent(), schemas);
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                add(response.getContent(), schemas);
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(header -> schemas.add(header.getSchema()));
                }
            });
        }));
        schemas.removeIf(java.util.Objects::isNull);
        return schemas;
    }

    private static void add(Content content, List<Schema> schemas) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> schemas.add(media.getSchema()));
        }
    }
}
