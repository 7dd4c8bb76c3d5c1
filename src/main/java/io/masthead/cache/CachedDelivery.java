package io.masthead.cache;

import io.masthead.http.Compression;
import io.masthead.http.Conditionals;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Answers delivery GETs from the response cache on the event loop, before Jakarta REST: a hit touches neither a
 * worker thread nor the database. It runs after the filters that every response needs (request id, security
 * headers, CORS, rate limits), so that hits carry them too, and it answers conditional requests as
 * {@code HttpCaching} does. On a miss it leaves the key and a {@link ResponseCache.Ticket} for
 * {@link ResponseCapture}, unless the same response is being rendered for another request: it then waits for that
 * one ({@link InFlightMisses}).
 */
@ApplicationScoped
class CachedDelivery {
    static final String KEY = "masthead.response-cache.key";
    static final String TICKET = "masthead.response-cache.ticket";

    private final ResponseCache cache;
    private final Compression compression;
    private final InFlightMisses misses = new InFlightMisses();
    private final Counter coalesced;

    CachedDelivery(ResponseCache cache, Compression compression, MeterRegistry metrics) {
        this.cache = cache;
        this.compression = compression;
        this.coalesced = Counter.builder("masthead.response.cache.coalesced")
                .description("Delivery requests that missed the response cache and waited for a concurrent request's"
                        + " render of the same response instead of rendering it again")
                .register(metrics);
    }

    void register(@Observes Filters filters) {
        if (cache.enabled()) {
            filters.register(this::handle, 100);
        }
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        if (request.method() != HttpMethod.GET || !DeliveryRoutes.cacheable(path) || !plain(request.headers())) {
            context.next();
            return;
        }
        serve(context, RequestKey.of(path, request), true);
    }

    /**
     * A hit, or else a render whose response {@link ResponseCapture} stores. With {@code mayWait}, a miss on a key
     * that another request is rendering waits for that render instead, and then comes back here without it.
     */
    private void serve(RoutingContext context, String key, boolean mayWait) {
        CachedResponse hit = cache.find(key);
        if (hit != null) {
            send(context, hit);
            return;
        }
        ResponseCache.Ticket ticket = cache.ticket();
        if (ticket == null) {
            context.next();
            return;
        }
        if (mayWait) {
            Context loop = Vertx.currentContext();
            InFlightMisses.Render render = misses.lead(key, () -> loop.runOnContext(ignored -> resume(context, key)));
            if (render == null) {
                coalesced.increment();
                return;
            }
            context.addEndHandler(ignored -> misses.end(key, render));
        }
        context.put(KEY, key);
        context.put(TICKET, ticket);
        context.next();
    }

    private void resume(RoutingContext context, String key) {
        if (!context.response().ended() && !context.response().closed()) {
            serve(context, key, false);
        }
    }

    /** Requests whose answer depends on more than the key: credentials, If-Match and ranges go the long way. */
    private static boolean plain(MultiMap headers) {
        return !headers.contains(HttpHeaders.AUTHORIZATION) && !headers.contains(HttpHeaders.IF_MATCH)
                && !headers.contains("If-Unmodified-Since") && !headers.contains("Range");
    }

    private void send(RoutingContext context, CachedResponse hit) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String coding = hit.compressible() ? compression.coding(request.getHeader(HttpHeaders.ACCEPT_ENCODING)) : null;
        for (Map.Entry<String, String> header : hit.headers()) {
            response.headers().add(header.getKey(), header.getValue());
        }
        response.putHeader(HttpHeaders.ETAG, "\"" + hit.identityTag() + (coding == null ? "" : "-" + coding) + "\"");
        if (Conditionals.notModified(request.headers().getAll(HttpHeaders.IF_NONE_MATCH),
                request.headers().getAll(HttpHeaders.IF_MODIFIED_SINCE), hit.identityTag(), hit.lastModified())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType());
        response.end(Buffer.buffer(Unpooled.wrappedBuffer(hit.body())));
    }
}
