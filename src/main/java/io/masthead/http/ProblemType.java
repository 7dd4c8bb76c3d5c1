package io.masthead.http;

/** The problem types this service defines beyond the plain HTTP statuses, with their stable type URIs. */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    INVALID_BODY(400, "invalid-body", "Invalid request body"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    CONFLICT(409, "conflict", "Conflict"),
    RESYNC_REQUIRED(410, "resync-required", "Resync required"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNPROCESSABLE(422, "unprocessable", "Unprocessable request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    static final String BASE_URI = "https://masthead.io/problems/";

    final int status;
    final String uri;
    final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = BASE_URI + slug;
        this.title = title;
    }
}
