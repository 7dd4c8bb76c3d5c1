package io.masthead.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * The body size limit of the JSON operations. The HTTP layer's own limit is as large as an NDJSON import needs;
 * JSON bodies are read into memory, so they get this much smaller one, checked before a byte of the body is read.
 */
@ApplicationScoped
public class JsonBodyLimit {
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final String IMPORT_PATH = "/manage/v1/import";

    private final ObjectMapper mapper;

    JsonBodyLimit(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 300);
    }

    private void handle(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length == null || !WITH_BODY.contains(context.request().method())
                || context.normalizedPath().startsWith(IMPORT_PATH) || !tooLong(length)) {
            context.next();
            return;
        }
        context.response().putHeader("Connection", "close");
        ProblemResponses.send(context, mapper, ProblemType.PAYLOAD_TOO_LARGE, "A JSON request body may hold at most "
                + Limits.MAX_JSON_BODY_BYTES + " bytes; this one declares " + length + ".");
    }

    private static boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > Limits.MAX_JSON_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
