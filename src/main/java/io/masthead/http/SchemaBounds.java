package io.masthead.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * States the bounds of every string and integer in the contract that the code does not annotate: strings by
 * their format (a UUID is 36 characters) or by the database column that holds the field, integers by their
 * format. No integer of this API is negative. Stating them lets clients validate input before sending it, and
 * satisfies OWASP's API rules for unbounded values.
 */
final class SchemaBounds {
    private static final Map<String, Integer> BY_FORMAT = Map.of(
            "uuid", 36,
            "date-time", 35,
            "uri", 2048,
            "uri-reference", 2048);

    /** The maximum length of free-text fields, by field (or header, or parameter) name, as the columns hold them. */
    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("language", 35), Map.entry("defaultLanguage", 35), Map.entry("lang", 35),
            Map.entry("slug", Limits.MAX_SLUG_LENGTH), Map.entry("section", 120), Map.entry("tags", 120),
            Map.entry("aliases", 120), Map.entry("headline", 500), Map.entry("kicker", 200),
            Map.entry("standfirst", 2000), Map.entry("nextCursor", Limits.MAX_CURSOR_LENGTH),
            Map.entry("name", 200), Map.entry("names", 200), Map.entry("createdBy", 100),
            Map.entry("updatedBy", 100), Map.entry("author", 100), Map.entry("tokenPrefix", 16),
            Map.entry("token", 300), Map.entry("secret", 100), Map.entry("narrator", 200), Map.entry("role", 200),
            Map.entry("person", 200), Map.entry("source", 200), Map.entry("provider", 32), Map.entry("title", 500),
            Map.entry("html", 100_000), Map.entry("text", 100_000), Map.entry("caption", 2000),
            Map.entry("credit", 500), Map.entry("copyright", 1000), Map.entry("altText", 1000),
            Map.entry("mimeType", 100), Map.entry("description", 2000), Map.entry("detail", 5000),
            Map.entry("pointer", 500), Map.entry("parameter", 100), Map.entry("header", 100),
            Map.entry("iptcMediaTopic", 200), Map.entry("wikidataQid", 20), Map.entry("timeZone", 64),
            Map.entry("keywords", 200), Map.entry("xpath", 200), Map.entry("failure", 1000), Map.entry("lastError", 1000), Map.entry("surrogateKeys", 200),
            Map.entry("ETag", 64), Map.entry("Cache-Control", 200), Map.entry("Link", 2048),
            Map.entry("Surrogate-Key", 16_384), Map.entry("WWW-Authenticate", 100), Map.entry("Location", 2048));

    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private SchemaBounds() {
    }

    static void apply(OpenAPI openAPI) {
        openAPI.getComponents().getSchemas().forEach((name, schema) -> bound(name, schema));
        openAPI.getComponents().getHeaders().forEach((name, header) -> bound(name, header.getSchema()));
        openAPI.getComponents().getResponses().values().forEach(SchemaBounds::bound);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(SchemaBounds::bound));
    }

    private static void bound(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> bound(parameter.getName(), parameter.getSchema()));
        }
        if (operation.getRequestBody() != null) {
            bound(operation.getRequestBody().getContent());
        }
        operation.getResponses().getAPIResponses().values().forEach(SchemaBounds::bound);
    }

    private static void bound(APIResponse response) {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> bound(name, header.getSchema()));
        }
        bound(response.getContent());
    }

    private static void bound(Content content) {
        if (content != null) {
            content.getMediaTypes().values().forEach(media -> bound(null, media.getSchema()));
        }
    }

    private static void bound(String name, Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null && schema.getConstValue() == null) {
            Integer max = schema.getFormat() != null ? BY_FORMAT.get(schema.getFormat()) : null;
            schema.setMaxLength(max != null || name == null ? max : BY_NAME.get(name));
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            if (schema.getFormat() == null) {
                schema.setFormat("int32");
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.ZERO);
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum("int64".equals(schema.getFormat()) ? INT64_MAX : INT32_MAX);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach(SchemaBounds::bound);
        }
        bound(name, schema.getItems());
        bound(name, schema.getAdditionalPropertiesSchema());
        if (schema.getOneOf() != null) {
            schema.getOneOf().forEach(alternative -> bound(name, alternative));
        }
    }
}
