package io.masthead.testing;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Checks every response a test receives against the committed contract: the operation, the status code, the
 * media type and the body schema must all be declared there. A response the contract does not describe fails
 * the test, so the contract cannot drift from the server.
 */
public class ContractValidationFilter implements OrderedFilter {
    private static final List<String> UNCONTRACTED_PREFIXES = List.of("/q/", "/test-only/");
    private static final String PROBLEM_SCHEMA = "/components/schemas/Problem";

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (UNCONTRACTED_PREFIXES.stream().noneMatch(path::startsWith) && !isCorsPreflight(request)) {
            check(request.getMethod(), path, response);
        }
        return response;
    }

    /** A CORS preflight belongs to the browser's protocol, not to an operation of the API. */
    private static boolean isCorsPreflight(FilterableRequestSpecification request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }

    private static void check(String method, String path, Response response) {
        Contract contract = Contract.get();
        String where = method + " " + path + " -> " + response.statusCode();
        int status = response.statusCode();
        Optional<String> operation = contract.operationPointer(method, path);
        if (operation.isEmpty() && path.length() > 1 && path.endsWith("/")) {
            // Jakarta REST matches a path with a trailing slash as the path without it (an empty last segment, as
            // in /manage/v1/sections/, is the collection), so the contract's operation is that of the path without.
            operation = contract.operationPointer(method, path.substring(0, path.length() - 1));
        }
        if (operation.isEmpty()) {
            // The rate limit answers before routing, so a path without an operation may get its 429 too.
            if (status != 404 && status != 405 && status != 429) {
                throw new AssertionError(where + ": the contract has no operation " + method + " " + path);
            }
            // A route answers a method it lacks with a problem; HEAD gets the same status with no body.
            if (!"HEAD".equalsIgnoreCase(method)) {
                checkBody(contract, where, PROBLEM_SCHEMA, "application/problem+json", response);
            }
            return;
        }
        String responses = operation.get() + "/responses/";
        String declared = contract.at(responses + status).isMissingNode()
                ? responses + "default"
                : responses + status;
        if (contract.at(declared).isMissingNode()) {
            throw new AssertionError(where + ": the contract declares no " + status + " response for this operation");
        }
        String resolved = contract.resolve(declared);
        String body = response.asString();
        if (status == 304 || "HEAD".equalsIgnoreCase(method) || body.isEmpty()) {
            if (!body.isEmpty() && status == 304) {
                throw new AssertionError(where + ": a 304 must have no body");
            }
            return;
        }
        String mediaType = mediaTypeOf(response);
        String content = resolved + "/content/" + Contract.escape(mediaType);
        if (contract.at(content).isMissingNode()) {
            throw new AssertionError(where + ": the contract declares no " + mediaType + " body for this response");
        }
        if (isJson(mediaType)) {
            checkBody(contract, where, contract.resolve(content + "/schema"), mediaType, response);
        }
    }

    /**
     * JSON bodies are checked against their schema here. The XML documents (feeds, sitemaps) are described in the
     * contract as strings; their own tests parse them with real parsers and validate them against their XSDs.
     */
    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static void checkBody(Contract contract, String where, String schemaPointer, String expectedType,
                                  Response response) {
        if (!expectedType.equals(mediaTypeOf(response))) {
            throw new AssertionError(where + ": expected " + expectedType + " but got " + response.contentType());
        }
        List<String> violations = contract.validate(schemaPointer, response.asString());
        if (!violations.isEmpty()) {
            throw new AssertionError(where + ": the body breaks the contract schema " + schemaPointer + ":\n  "
                    + String.join("\n  ", violations) + "\nbody: " + abbreviate(response.asString()));
        }
    }

    private static String mediaTypeOf(Response response) {
        String type = response.contentType();
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
    }
}
