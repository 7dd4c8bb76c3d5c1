package io.masthead.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-client rate limits, in fixed one-minute windows, with the IETF RateLimit headers on every response so
 * that clients can pace themselves. The counters live in this instance's memory: they are derived state and
 * safe to lose, and with N instances behind a load balancer a client gets at most N times the limit.
 */
@ApplicationScoped
public class RateLimiter {
    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    private static final long WINDOW_MILLIS = 60_000;

    private final int deliveryLimit;
    private final int managementLimit;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(RateLimitConfig config, Clock clock, ObjectMapper mapper) {
        this.deliveryLimit = config.deliveryPerMinute();
        this.managementLimit = config.managementPerMinute();
        this.clock = clock;
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 400);
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath().toLowerCase(Locale.ROOT);
        boolean delivery = path.startsWith("/api/");
        int limit = delivery ? deliveryLimit : path.startsWith("/manage/") ? managementLimit : 0;
        if (limit == 0 || context.request().method() == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        long now = clock.millis();
        long windowStart = now - now % WINDOW_MILLIS;
        String client = (delivery ? "delivery:" : "management:") + context.request().remoteAddress().host();
        Window window = windows.compute(client, (key, current) ->
                current == null || current.start != windowStart ? new Window(windowStart) : current);
        int used = window.count.incrementAndGet();
        long resetSeconds = Math.max(1, (windowStart + WINDOW_MILLIS - now + 999) / 1000);
        HttpServerResponse response = context.response();
        response.putHeader(LIMIT, String.valueOf(limit));
        response.putHeader(REMAINING, String.valueOf(Math.max(0, limit - used)));
        response.putHeader(RESET, String.valueOf(resetSeconds));
        if (used <= limit) {
            context.next();
            return;
        }
        response.putHeader("Retry-After", String.valueOf(resetSeconds));
        ProblemResponses.send(context, mapper, ProblemType.TOO_MANY_REQUESTS, "This client sent more than " + limit
                + " requests this minute. Retry after " + resetSeconds + " seconds.");
    }

    /** Forgets windows that have ended, so that clients who went away do not keep memory. */
    @Scheduled(every = "1m")
    void forgetEndedWindows() {
        long currentStart = clock.millis() - clock.millis() % WINDOW_MILLIS;
        List<String> ended = windows.entrySet().stream()
                .filter(entry -> entry.getValue().start < currentStart)
                .map(Map.Entry::getKey)
                .toList();
        ended.forEach(key -> windows.computeIfPresent(key, (k, w) -> w.start < currentStart ? null : w));
    }

    private static final class Window {
        final long start;
        final AtomicInteger count = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
