package io.masthead.cache;

import io.masthead.http.Compression;
import io.masthead.http.HttpCaching;
import io.masthead.search.SearchMode;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the delivery responses that {@link CachedDelivery} let through: public, complete 200s rendered by
 * {@code HttpCaching}. It runs after every other response filter, so that the stored headers are the ones sent.
 * Only the headers that describe the content are kept; each hit gets those of its own exchange afresh.
 */
class ResponseCapture {
    private static final Set<String> CONTENT_HEADERS = Set.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY,
            HttpCaching.SURROGATE_KEY, HttpHeaders.LINK, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LAST_MODIFIED,
            SearchMode.HEADER).stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private final ResponseCache cache;
    private final Compression compression;

    ResponseCapture(ResponseCache cache, Compression compression) {
        this.cache = cache;
        this.compression = compression;
    }

    @ServerResponseFilter(priority = 1)
    public void capture(RoutingContext context, ContainerResponseContext response) {
        ResponseCache.Ticket ticket = context.get(CachedDelivery.TICKET);
        if (ticket == null || response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body)
                || !cache.fits(body.length) || response.getMediaType() == null) {
            return;
        }
        MultivaluedMap<String, String> headers = response.getStringHeaders();
        String cacheControl = headers.getFirst(HttpHeaders.CACHE_CONTROL);
        if (cacheControl == null || !cacheControl.startsWith("public") || headers.containsKey(HttpHeaders.SET_COOKIE)) {
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        headers.forEach((name, values) -> {
            if (CONTENT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> kept.add(Map.entry(name, value)));
            }
        });
        String keys = headers.getFirst(HttpCaching.SURROGATE_KEY);
        String path = context.normalizedPath();
        cache.store(ticket, context.get(CachedDelivery.KEY), new CachedResponse(body,
                response.getMediaType().toString(), compression.applies(response.getMediaType()),
                HttpCaching.digest(body), lastModified(headers), List.copyOf(kept),
                keys == null ? Set.of() : Set.copyOf(List.of(keys.split(" "))), path, DeliveryRoutes.collection(path)));
    }

    private static Instant lastModified(MultivaluedMap<String, String> headers) {
        String value = headers.getFirst(HttpHeaders.LAST_MODIFIED);
        return value == null ? null
                : ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}
