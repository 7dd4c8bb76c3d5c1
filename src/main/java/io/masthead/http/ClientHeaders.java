package io.masthead.http;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares, with their types, the headers a client needs to make the next request, so that generated clients
 * expose them: the version {@code ETag} of every management write and read (for {@code If-Match}),
 * {@code Location} of what a POST created, {@code Idempotent-Replayed} where {@code Idempotency-Key} applies, and
 * {@code If-None-Match} on every delivery read that answers 304.
 */
final class ClientHeaders {
    static final String IF_NONE_MATCH = "If-None-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String VERSION_ETAG = "VersionETag";
    private static final String LOCATION = "Location";
    /** The representations that {@link Preconditions} answers with their version as the ETag. */
    private static final Set<String> VERSIONED = Set.of("ManagedArticle", "ManagedMedia", "ManagedSection",
            "ManagedTag", "ManagedSite");

    private ClientHeaders() {
    }

    static void apply(OpenAPI openAPI) {
        declareComponents(openAPI.getComponents());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            typeHeaderParameters(operation);
            if (method == PathItem.HttpMethod.GET && operation.getResponses().getAPIResponse("304") != null
                    && !hasParameter(operation, IF_NONE_MATCH)) {
                operation.addParameter(OASFactory.createParameter().ref(IF_NONE_MATCH));
            }
            boolean idempotent = hasParameter(operation, IDEMPOTENCY_KEY);
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.equals("200") || status.equals("201")) {
                    if (representsAVersion(response)) {
                        addHeader(response, "ETag", VERSION_ETAG);
                    }
                    if (status.equals("201")) {
                        addHeader(response, LOCATION, LOCATION);
                        if (idempotent) {
                            addHeader(response, Idempotency.REPLAYED, Idempotency.REPLAYED);
                        }
                    }
                }
            });
        }));
    }

    private static void declareComponents(Components components) {
        components.addParameter(IF_NONE_MATCH, OASFactory.createParameter().name(IF_NONE_MATCH)
                .in(Parameter.In.HEADER).required(false)
                .description("The ETag of the copy you hold: when it is still current, the answer is 304 Not "
                        + "Modified with no body.")
                .schema(string(200)).example("\"q3JmX2mS0pT4c1vQ9yZ8bW7nR6eA5dF\""));
        components.addHeader(VERSION_ETAG, OASFactory.createHeader()
                .description("The version of the resource: send it in `If-Match` to change it.")
                .schema(string(40)).example("\"v3\""));
        components.addHeader(LOCATION, OASFactory.createHeader()
                .description("Where the created resource is: a path on this server.")
                .schema(string(2048).format("uri-reference")).example("/manage/v1/articles/" + ManagementApi.ID_EXAMPLE));
        components.addHeader(Idempotency.REPLAYED, OASFactory.createHeader()
                .description("`true` when this is the stored response of an earlier request with the same "
                        + "`Idempotency-Key`; absent otherwise.")
                .schema(OASFactory.createSchema().type(List.of(SchemaType.BOOLEAN))).example(true));
    }

    /** A header parameter with no type would come out of generators as an untyped object. */
    private static void typeHeaderParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(parameter -> parameter.getRef() == null && parameter.getSchema() != null)
                .map(Parameter::getSchema)
                .filter(schema -> schema.getRef() == null && schema.getType() == null)
                .forEach(schema -> schema.setType(List.of(SchemaType.STRING)));
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> name.equals(parameter.getName())
                        || ("#/components/parameters/" + name).equals(parameter.getRef()));
    }

    private static boolean representsAVersion(APIResponse response) {
        return response.getRef() == null && response.getContent() != null
                && response.getContent().getMediaTypes() != null && response.getContent().getMediaTypes()
                .values().stream().map(media -> media.getSchema() == null ? null : SchemaWalk.name(media.getSchema()))
                .anyMatch(name -> name != null && VERSIONED.contains(name));
    }

    private static void addHeader(APIResponse response, String name, String component) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(component));
        }
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING)).maxLength(maxLength);
    }
}
