package io.masthead.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the body of every error response of both APIs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", additionalProperties = Schema.False.class,
        description = "An RFC 9457 problem: the body of every error response, served as application/problem+json.")
public record Problem(
        @Schema(required = true, format = "uri-reference",
                description = "Identifies the kind of problem; `about:blank` when the HTTP status says it all.",
                examples = "https://masthead.io/problems/invalid-parameter")
        String type,
        @Schema(required = true, description = "A short summary of the kind of problem; the same for every occurrence.",
                examples = "Invalid parameter")
        String title,
        @Schema(required = true, minimum = "400", maximum = "599", description = "The HTTP status code.",
                examples = "400")
        int status,
        @Schema(required = true, description = "What went wrong this time, in words a developer can act on.",
                examples = "limit must be between 1 and 100, got 500.")
        String detail,
        @Schema(required = true, format = "uri-reference", description = "The path of the request that failed.",
                examples = "/api/v1/articles")
        String instance,
        @Schema(description = "One entry per bad parameter or field, when the problem is about the request's input.",
                maxItems = 200)
        List<ProblemError> errors,
        @Schema(format = "uuid", description = "On a 500 only: quote it to the operator, who finds it in the logs.",
                examples = "3f2b8c1e-9d4a-4e7b-8a61-2c5d9e0f7a13")
        String errorId,
        @Schema(required = true, maxLength = Limits.MAX_REQUEST_ID_LENGTH, pattern = Limits.REQUEST_ID_PATTERN,
                description = "The id of the request, as in the `X-Request-Id` response header: the client's own "
                        + "when it sent a well-formed one, else one the server made up. The server's log lines about "
                        + "the request carry it too.",
                examples = "0b6f1c9e-5b7d-4f0a-9c1e-2f8d6a4b3c21")
        String requestId) {

    /** One bad input, named by exactly one of parameter, header or pointer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProblemError", additionalProperties = Schema.False.class,
            description = "One bad input, named by exactly one of `parameter`, `header` or `pointer`.")
    public record ProblemError(
            @Schema(required = true, description = "What is wrong with this input.",
                    examples = "must be between 1 and 100")
            String detail,
            @Schema(description = "The query or path parameter at fault.", examples = "limit")
            String parameter,
            @Schema(description = "The request header at fault.", examples = "If-Match")
            String header,
            @Schema(description = "A JSON Pointer (RFC 6901, as a URI fragment) to the body field at fault.",
                    examples = "#/blocks/2/html")
            String pointer) {

        public static ProblemError parameter(String name, String detail) {
            return new ProblemError(detail, name, null, null);
        }

        public static ProblemError header(String name, String detail) {
            return new ProblemError(detail, null, name, null);
        }

        public static ProblemError pointer(String pointer, String detail) {
            return new ProblemError(detail, null, null, pointer);
        }
    }
}
