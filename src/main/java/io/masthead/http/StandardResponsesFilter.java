package io.masthead.http;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares, on every operation, the responses that the shared HTTP layer gives everywhere: caching headers and
 * 304 on delivery reads; 401 and 403 on the management API; 412 and 428 where If-Match applies; 400 and 415
 * where there are parameters or a body; and 406, 500 and 503. Writing them once here keeps the contract
 * complete without repeating them on each resource method.
 */
public class StandardResponsesFilter implements OASFilter {
    private static final String DELIVERY_PREFIX = "/api/v1/";
    private static final String MANAGEMENT_PREFIX = "/manage/v1/";
    private static final String IF_MATCH_REF = "#/components/parameters/IfMatch";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> addStandardResponses(path, method, operation)));
    }

    private static void addStandardResponses(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (path.startsWith(DELIVERY_PREFIX) && method == PathItem.HttpMethod.GET) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                for (String header : new String[] {"ETag", "Cache-Control", "Surrogate-Key"}) {
                    addHeader(ok, header);
                }
            }
            addIfAbsent(responses, "304", "NotModified");
        }
        if (path.startsWith(MANAGEMENT_PREFIX)) {
            addIfAbsent(responses, "401", "Unauthorized");
            addIfAbsent(responses, "403", "Forbidden");
        }
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasParameters || operation.getRequestBody() != null) {
            addIfAbsent(responses, "400", "BadRequest");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "415", "UnsupportedMediaType");
        }
        if (hasParameters && operation.getParameters().stream().anyMatch(p -> IF_MATCH_REF.equals(p.getRef()))) {
            addIfAbsent(responses, "412", "PreconditionFailed");
            addIfAbsent(responses, "428", "PreconditionRequired");
        }
        addIfAbsent(responses, "406", "NotAcceptable");
        addIfAbsent(responses, "500", "InternalServerError");
        addIfAbsent(responses, "503", "ServiceUnavailable");
    }

    private static void addHeader(APIResponse response, String name) {
        Map<String, Header> headers = response.getHeaders();
        if (headers == null || !headers.containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String ref) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
        }
    }
}
