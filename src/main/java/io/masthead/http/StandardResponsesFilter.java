package io.masthead.http;

import io.masthead.delivery.PartialSchemas;
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
 * 304 on delivery reads; 401 and 403 on the management API; 412 and 428 where If-Match applies; 413 and 415
 * where there is a body; and 400 (every operation refuses query parameters it does not declare), 406, 414, 429,
 * 500 and 503. Every operation takes an optional {@code X-Request-Id}, and every response carries the request id
 * and the security headers. Writing them once here keeps the contract complete without repeating them on each
 * resource method.
 */
public class StandardResponsesFilter implements OASFilter {
    private static final String DELIVERY_PREFIX = "/api/v1/";
    private static final String MANAGEMENT_PREFIX = "/manage/v1/";
    private static final String IF_MATCH_REF = "#/components/parameters/IfMatch";
    private static final String REQUEST_ID_REF = "#/components/parameters/RequestId";

    private static final String[] RATE_LIMIT_HEADERS = {RateLimiter.LIMIT, RateLimiter.REMAINING, RateLimiter.RESET};
    private static final String CORS_HEADER = "Access-Control-Allow-Origin";
    private static final String[] EVERY_RESPONSE_HEADERS = {RequestIds.HEADER, SecurityHeaders.CONTENT_TYPE_OPTIONS,
            SecurityHeaders.REFERRER_POLICY, SecurityHeaders.CONTENT_SECURITY_POLICY};

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> {
                    addStandardResponses(path, method, operation);
                    operation.addParameter(OASFactory.createParameter().ref(REQUEST_ID_REF));
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        if (response.getRef() == null) {
                            addSharedHeaders(status, response);
                        }
                    });
                }));
        openAPI.getComponents().getResponses().forEach((name, response) ->
                addSharedHeaders(name.equals("NotModified") ? "304" : statusOf(response), response));
        ClientHeaders.apply(openAPI);
        RequestSchemas.apply(openAPI);
        OpenResponses.apply(openAPI);
        SchemaBounds.apply(openAPI);
        PartialSchemas.apply(openAPI);
        GeneratorHygiene.apply(openAPI);
    }

    /**
     * Every response of a rate-limited route carries the RateLimit headers (the 2xx and 4xx ones are declared,
     * as OWASP's API rules ask), and every response may carry the CORS header.
     */
    private static void addSharedHeaders(String status, APIResponse response) {
        if (status.startsWith("2") || status.startsWith("4")) {
            for (String header : RATE_LIMIT_HEADERS) {
                addHeader(response, header);
            }
        }
        addHeader(response, CORS_HEADER);
        for (String header : EVERY_RESPONSE_HEADERS) {
            addHeader(response, header);
        }
    }

    /** The status a shared component response stands for, read from the status of its example problem. */
    private static String statusOf(APIResponse response) {
        return response.getContent() == null ? "" : response.getContent().getMediaTypes().values().stream()
                .map(media -> media.getExample() instanceof java.util.Map<?, ?> example ? example.get("status") : null)
                .filter(java.util.Objects::nonNull)
                .map(String::valueOf)
                .findFirst()
                .orElse("");
    }

    private static void addStandardResponses(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        // An operation that declares its own Cache-Control (previews: never stored) is not conditional.
        boolean cacheable = ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("Cache-Control"));
        // The indexes at / and /api/v1 are cached and conditional like every delivery read.
        boolean delivery = path.startsWith(DELIVERY_PREFIX) || path.equals("/") || path.equals("/api/v1");
        if (delivery && method == PathItem.HttpMethod.GET && cacheable) {
            for (String header : new String[] {"ETag", "Cache-Control", "Surrogate-Key"}) {
                addHeader(ok, header);
            }
            addIfAbsent(responses, "304", "NotModified");
            addIfAbsent(responses, "412", "PreconditionFailed");
        }
        if (path.startsWith(MANAGEMENT_PREFIX)) {
            addIfAbsent(responses, "401", "Unauthorized");
            addIfAbsent(responses, "403", "Forbidden");
        }
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        addIfAbsent(responses, "400", "BadRequest");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "PayloadTooLarge");
            addIfAbsent(responses, "415", "UnsupportedMediaType");
        }
        if (hasParameters && operation.getParameters().stream().anyMatch(p -> IF_MATCH_REF.equals(p.getRef()))) {
            addIfAbsent(responses, "412", "PreconditionFailed");
            addIfAbsent(responses, "428", "PreconditionRequired");
        }
        addIfAbsent(responses, "406", "NotAcceptable");
        addIfAbsent(responses, "414", "UriTooLong");
        addIfAbsent(responses, "429", "TooManyRequests");
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
