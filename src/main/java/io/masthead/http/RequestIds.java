package io.masthead.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id that ties its response, its problem body and its log lines together. A well-formed
 * {@code X-Request-Id} from the client (or from a proxy in front) is kept, so that one id follows the request
 * through every hop; anything else is replaced by a new UUID. The id is echoed on every response, is the
 * {@code requestId} of every problem, and is in the MDC (as {@code requestId}) of every log line written while
 * the request is served. Quarkus keeps the MDC with the request's Vert.x context, also on worker threads.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile(Limits.REQUEST_ID_PATTERN);

    void register(@Observes Filters filters) {
        filters.register(this::handle, 2000);
    }

    /** The id of the request being served on this thread, or null outside a request. */
    static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    private void handle(RoutingContext context) {
        String sent = context.request().getHeader(HEADER);
        String id = sent != null && WELL_FORMED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        context.put(MDC_KEY, id);
        context.addHeadersEndHandler(ended -> context.response().putHeader(HEADER, id));
        context.next();
    }

    /** The id of the request a Vert.x route serves. */
    static String of(RoutingContext context) {
        return context.get(MDC_KEY);
    }
}
