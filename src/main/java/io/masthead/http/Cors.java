package io.masthead.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CORS for browsers: the delivery API is public and read-only, so any origin may read it (no credentials are
 * involved); the management API answers only the origins in {@code masthead.cors.management-origins}.
 * Preflights are answered here, before routing and authentication.
 */
@ApplicationScoped
public class Cors {
    private static final String DELIVERY = "/api/";
    private static final String MANAGEMENT = "/manage/";
    private static final String MAX_AGE = "86400";
    private static final String RATE_LIMIT_HEADERS = RateLimiter.LIMIT + ", " + RateLimiter.REMAINING + ", "
            + RateLimiter.RESET + ", Retry-After";
    private static final Pattern LOCALHOST = Pattern.compile("https?://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d{1,5})?");

    private final Set<String> managementOrigins;
    private final boolean localhostOrigins;

    Cors(CorsConfig config) {
        this.managementOrigins = config.managementOrigins().orElse(Set.of());
        this.localhostOrigins = config.allowLocalhostOrigins();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 500);
    }

    static boolean isLocalhost(String origin) {
        return LOCALHOST.matcher(origin).matches();
    }

    private void handle(RoutingContext context) {
        String origin = context.request().getHeader("Origin");
        String path = context.normalizedPath().toLowerCase(Locale.ROOT);
        boolean delivery = path.startsWith(DELIVERY);
        boolean management = path.startsWith(MANAGEMENT);
        if (origin == null || !delivery && !management) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        boolean allowed = delivery || managementOrigins.contains(origin)
                || localhostOrigins && isLocalhost(origin);
        if (allowed) {
            response.putHeader("Access-Control-Allow-Origin", delivery ? "*" : origin);
            response.putHeader("Access-Control-Expose-Headers", delivery
                    ? "ETag, Link, Cache-Control, Surrogate-Key, X-Request-Id, " + RATE_LIMIT_HEADERS
                    : "ETag, Location, Link, Idempotent-Replayed, X-Request-Id, " + RATE_LIMIT_HEADERS);
        }
        if (management) {
            response.putHeader("Vary", "Origin");
        }
        boolean preflight = context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader("Access-Control-Request-Method") != null;
        if (!preflight) {
            context.next();
            return;
        }
        if (allowed) {
            response.putHeader("Access-Control-Allow-Methods", delivery
                    ? "GET, HEAD, OPTIONS"
                    : "GET, POST, PUT, PATCH, DELETE, OPTIONS");
            response.putHeader("Access-Control-Allow-Headers", delivery
                    ? "Accept, If-Modified-Since, If-None-Match, Masthead-Preview, X-Request-Id"
                    : "Accept, Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-Id");
            response.putHeader("Access-Control-Max-Age", MAX_AGE);
        }
        response.setStatusCode(204).end();
    }
}
