package io.masthead.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes what clients read open to growth, so that a client generated from today's contract still reads a response
 * with a new field, a new enum value or a new block type (see "Versioning and deprecation" in the README):
 * <ul>
 * <li>no schema that only responses and webhooks carry forbids additional properties. The request shapes that
 * management responses echo (ArticleContent and what it holds) stay closed: they are what an editor sends back, and
 * the generated clients tell {@code oneOf} variants apart by them;</li>
 * <li>enums that only responses carry become strings that list their known values in {@code x-extensible-enum};
 * enums that request bodies or parameters also use stay closed, since the server refuses other values there;</li>
 * <li>a body block is one object with a {@code type} string and the fields of every type, instead of a closed
 * {@code oneOf}; each known type's rules stay in an {@code if}/{@code then} on its own schema, so validators
 * still check them while generators produce one class that any future block fits in.</li>
 * </ul>
 */
final class OpenResponses {
    static final String EXTENSIBLE_ENUM = "x-extensible-enum";
    private static final String OPEN_ENUM_NOTE = " New values may be added in any minor version; treat one you do "
            + "not know like an absent value.";
    private static final String BLOCK_TYPE_NOTE = "Which kind of block this is; the fields of each kind are in the "
            + "schema of the same name (`paragraph` in ParagraphBlock, and so on).";

    private OpenResponses() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        openUnion(openAPI, "Block", BLOCK_TYPE_NOTE + " New kinds may be added in any minor version: skip a "
                + "block whose type you do not know.");
        // BlockInput stays a oneOf: as one class, generated clients send every variant's defaults (an empty
        // `items` on a paragraph), which the strict body reader refuses.
        Set<String> read = SchemaWalk.reachable(openAPI, readRoots(openAPI));
        Set<String> written = SchemaWalk.reachable(openAPI, writeRoots(openAPI));
        for (String name : read) {
            Schema schema = components.get(name);
            if (schema != null && !written.contains(name)) {
                SchemaWalk.each(schema, nested -> {
                    if (Boolean.FALSE.equals(nested.getAdditionalPropertiesBoolean())) {
                        nested.setAdditionalPropertiesBoolean(null);
                    }
                    openEnum(nested, components);
                });
            }
        }
    }

    private static List<Schema> readRoots(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> roots.addAll(SchemaWalk.bodies(operation, false))));
        openAPI.getComponents().getResponses().values().forEach(response -> {
            if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                response.getContent().getMediaTypes().values().forEach(media -> roots.add(media.getSchema()));
            }
        });
        if (openAPI.getWebhooks() != null) {
            openAPI.getWebhooks().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> roots.addAll(SchemaWalk.bodies(operation, true))));
        }
        return roots;
    }

    private static List<Schema> writeRoots(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            roots.addAll(SchemaWalk.bodies(operation, true));
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(parameter -> parameter.getSchema() != null)
                        .forEach(parameter -> roots.add(parameter.getSchema()));
            }
        }));
        return roots;
    }

    private static void openEnum(Schema schema, Map<String, Schema> components) {
        String target = SchemaWalk.name(schema);
        Schema enumSource = target == null ? schema : components.get(target);
        if (enumSource == null || enumSource.getEnumeration() == null || enumSource.getEnumeration().size() < 2) {
            return;
        }
        List<Object> values = List.copyOf(enumSource.getEnumeration());
        String description = schema.getDescription() != null ? schema.getDescription() : enumSource.getDescription();
        schema.setRef(null);
        schema.setEnumeration(null);
        schema.setType(List.of(SchemaType.STRING));
        schema.setMaxLength(enumSource.getMaxLength() != null ? enumSource.getMaxLength() : 50);
        schema.addExtension(EXTENSIBLE_ENUM, values);
        if (schema.getExamples() == null || schema.getExamples().isEmpty()) {
            schema.setExamples(List.of(values.get(0)));
        }
        schema.setDescription((description == null ? "One of " + values + "." : description) + OPEN_ENUM_NOTE);
    }

    /**
     * Replaces the {@code oneOf} with a discriminator named {@code name} by one object: a required {@code type}
     * and the fields of every variant (no field name means different things in two variants), with each
     * variant's own rules under {@code if type is ... then}.
     */
    private static void openUnion(OpenAPI openAPI, String name, String typeDescription) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Schema union = components.get(name);
        if (union == null || union.getDiscriminator() == null || union.getDiscriminator().getMapping() == null) {
            return;
        }
        Map<String, String> mapping = union.getDiscriminator().getMapping();
        Schema type = OASFactory.createSchema().type(List.of(SchemaType.STRING)).maxLength(50)
                .description(typeDescription).examples(List.of(mapping.keySet().iterator().next()));
        type.addExtension(EXTENSIBLE_ENUM, new ArrayList<>(mapping.keySet()));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", type);
        Schema open = OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).description(union.getDescription())
                .required(List.of("type"));
        mapping.forEach((value, ref) -> {
            Schema variant = components.get(ref.substring(SchemaWalk.PREFIX.length()));
            variant.getProperties().forEach((field, schema) -> {
                if (!field.equals("type")) {
                    properties.putIfAbsent(field, schema);
                }
            });
            Schema isThisType = OASFactory.createSchema().required(List.of("type"))
                    .addProperty("type", OASFactory.createSchema().constValue(value));
            open.addAllOf(OASFactory.createSchema().ifSchema(isThisType)
                    .thenSchema(OASFactory.createSchema().ref(ref)));
        });
        open.setProperties(properties);
        openAPI.getComponents().addSchema(name, open);
    }
}
