package io.masthead.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.error.PayloadTooLarge;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The size limits of request bodies, enforced by the application so that every refusal is a 413 problem. JSON
 * bodies are read into memory, so they get {@link Limits#MAX_JSON_BODY_BYTES}; other bodies (NDJSON imports, which
 * are streamed) get the HTTP layer's {@code quarkus.http.limits.max-body-size}. A declared {@code Content-Length}
 * over the limit is refused before a byte of the body is read; a body without one (chunked) is counted as it is
 * read ({@link BodyLimitInterceptor}), and refused as soon as it passes the limit, so no more than the limit is
 * ever held. After a 413 the connection is closed.
 */
@ApplicationScoped
public class BodyLimits {
    /** How long a refused body is drained before its connection is closed anyway. */
    static final Duration LINGER = Duration.ofSeconds(5);

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    BodyLimits(ObjectMapper mapper,
               @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::checkDeclaredLength, 300);
        // Runs after the HTTP layer's own check (route order -2), which would end an over-long chunked body with
        // an empty 413 of its own; this class counts those bodies instead.
        filters.register(context -> {
            context.remove(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
            context.next();
        }, 1);
    }

    /** The most bytes a body of this media type may hold. */
    long limitFor(MediaType mediaType) {
        return isJson(mediaType) ? Limits.MAX_JSON_BODY_BYTES : maxBodyBytes;
    }

    PayloadTooLarge tooLarge(MediaType mediaType) {
        return new PayloadTooLarge(isJson(mediaType)
                ? "A JSON request body may hold at most " + Limits.MAX_JSON_BODY_BYTES + " bytes; this one is larger."
                : "A request body may hold at most " + maxBodyBytes + " bytes; this one is larger.");
    }

    private void checkDeclaredLength(RoutingContext context) {
        context.addEndHandler(ended -> {
            if (context.response().getStatusCode() == 413) {
                closeAfterRefusal(context);
            }
        });
        context.addHeadersEndHandler(ended -> {
            if (context.response().getStatusCode() == 413) {
                context.response().putHeader("Connection", "close");
            }
        });
        String length = context.request().getHeader("Content-Length");
        long declared = parse(length);
        MediaType mediaType = mediaType(context.request().getHeader("Content-Type"));
        long limit = limitFor(mediaType);
        if (declared <= limit) {
            context.next();
            return;
        }
        ProblemResponses.send(context, mapper, ProblemType.PAYLOAD_TOO_LARGE, (isJson(mediaType)
                ? "A JSON request body may hold at most " : "A request body may hold at most ")
                + limit + " bytes; this one declares " + length.strip() + ".");
    }

    /**
     * Closes the connection once the client has had the 413. Closing at once, with the rest of the body unread,
     * makes the operating system reset the connection, and a client that is still sending (as curl is) loses the
     * answer with it. So the rest is read and thrown away (never held) until the client stops or {@link #LINGER}
     * passes, and then the connection is closed.
     */
    private static void closeAfterRefusal(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpConnection connection = request.connection();
        if (request.isEnded()) {
            connection.close();
            return;
        }
        long timer = context.vertx().setTimer(LINGER.toMillis(), id -> connection.close());
        request.exceptionHandler(failure -> context.vertx().cancelTimer(timer));
        request.endHandler(end -> {
            context.vertx().cancelTimer(timer);
            connection.close();
        });
        request.handler(discarded -> { });
        request.resume();
    }

    private static long parse(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** JSON and its structured-syntax variants, such as application/merge-patch+json. */
    static boolean isJson(MediaType mediaType) {
        return mediaType != null && "application".equalsIgnoreCase(mediaType.getType())
                && ("json".equalsIgnoreCase(mediaType.getSubtype())
                || mediaType.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
