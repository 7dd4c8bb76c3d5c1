package io.masthead.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * States rules of request bodies that the records cannot carry as annotations: the named merge-patch schema, in
 * which {@code null} clears a member; the keys of language maps; and the media rules that depend on {@code kind}.
 */
final class RequestSchemas {
    static final String ARTICLE_PATCH = "ArticlePatch";
    private static final String LANGUAGE_MAP = "names";

    private RequestSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        components.values().forEach(schema -> SchemaWalk.each(schema, RequestSchemas::languageKeys));
        mediaRules(components.get("MediaContent"));
        Schema content = components.get("ArticleContent");
        if (content == null) {
            return;
        }
        openAPI.getComponents().addSchema(ARTICLE_PATCH, mergePatch(content));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                var media = operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
                if (media != null) {
                    media.setSchema(OASFactory.createSchema().ref(SchemaWalk.PREFIX + ARTICLE_PATCH));
                }
            }
        }));
    }

    /**
     * RFC 7396: any subset of the members; {@code null} removes an optional member, and a required one cannot be
     * removed. Objects inside are merged member by member too; the schema shows them whole, which always works.
     */
    private static Schema mergePatch(Schema content) {
        List<String> required = content.getRequired() == null ? List.of() : content.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>();
        content.getProperties().forEach((name, schema) -> properties.put(name,
                required.contains(name) ? schema : nullable(schema)));
        // unevaluatedProperties rather than additionalProperties: version 1.0.0 declared the patch as any object,
        // and openapi-diff would call additionalProperties a breaking change, though the server never took more.
        return OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).properties(properties).maxProperties(20)
                .set("unevaluatedProperties", false)
                .description("A JSON Merge Patch (RFC 7396) of ArticleContent: the members to change, with `null` "
                        + "for an optional member to remove. Required members can be changed but not removed; "
                        + "a member that ArticleContent does not have is a 400.");
    }

    private static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            List<Object> clear = new ArrayList<>();
            clear.add(null);
            return OASFactory.createSchema().description(schema.getDescription()).examples(clear).anyOf(List.of(
                    OASFactory.createSchema().ref(schema.getRef()),
                    OASFactory.createSchema().type(List.of(SchemaType.NULL))));
        }
        Schema copy = SchemaWalk.copy(schema);
        if (copy.getExamples() == null || copy.getExamples().isEmpty()) {
            List<Object> clear = new ArrayList<>();
            clear.add(null);
            copy.setExamples(clear);
        }
        List<SchemaType> types = new ArrayList<>(schema.getType() == null ? List.of() : schema.getType());
        if (!types.isEmpty() && !types.contains(SchemaType.NULL)) {
            types.add(SchemaType.NULL);
            copy.setType(types);
        }
        return copy;
    }

    /** A language map's keys are BCP 47 tags. */
    private static void languageKeys(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Schema names = schema.getProperties().get(LANGUAGE_MAP);
        if (names != null && names.getAdditionalPropertiesSchema() != null && names.getPropertyNames() == null) {
            names.setPropertyNames(OASFactory.createSchema().type(List.of(SchemaType.STRING))
                    .pattern(Limits.LANGUAGE_PATTERN).maxLength(35));
        }
    }

    /**
     * What MediaWriter checks per kind: images need alt text and are the only kind with a focal point; audio and
     * video need a duration.
     */
    private static void mediaRules(Schema media) {
        if (media == null) {
            return;
        }
        Schema isImage = OASFactory.createSchema().required(List.of("kind"))
                .addProperty("kind", OASFactory.createSchema().constValue("image"));
        // Each narrowed member keeps the bounds the member itself declares, so that the branch states them too.
        Schema altText = media.getProperties().get("altText");
        Schema duration = media.getProperties().get("durationSeconds");
        Schema image = OASFactory.createSchema().required(List.of("altText"))
                .addProperty("altText", OASFactory.createSchema().type(List.of(SchemaType.STRING)).pattern("\\S")
                        .maxLength(altText.getMaxLength()));
        Schema audioOrVideo = OASFactory.createSchema().required(List.of("durationSeconds"))
                .addProperty("durationSeconds", OASFactory.createSchema().type(List.of(SchemaType.INTEGER))
                        .format(duration.getFormat()).minimum(duration.getMinimum())
                        .maximum(BigDecimal.valueOf(Integer.MAX_VALUE)))
                .addProperty("focalPoint", OASFactory.createSchema().type(List.of(SchemaType.NULL)));
        media.addAllOf(OASFactory.createSchema().ifSchema(isImage).thenSchema(image).elseSchema(audioOrVideo));
    }
}
