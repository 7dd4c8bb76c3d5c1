package io.masthead.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Security headers on every response, errors and 304s included. Browsers must not sniff a JSON or problem body
 * into HTML, and requests from the API's pages (there are none, but error pages may be rendered) send no
 * referrer. API responses also forbid everything a browser could do with them as a document: no scripts, styles
 * or frames, and no framing by other pages. Swagger UI under {@code /q} is an HTML application, so that policy is
 * not applied there.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1900);
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath().toLowerCase(Locale.ROOT);
        boolean api = path.startsWith("/api/") || path.startsWith("/manage/");
        context.addHeadersEndHandler(ended -> {
            HttpServerResponse response = context.response();
            response.putHeader(CONTENT_TYPE_OPTIONS, "nosniff");
            response.putHeader(REFERRER_POLICY, "no-referrer");
            if (api) {
                response.putHeader(CONTENT_SECURITY_POLICY, API_POLICY);
            }
        });
        context.next();
    }
}
