package io.masthead.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jboss.logging.Logger;

/**
 * Rendered delivery responses, by request. It is never wrong, by three rules:
 * <ul>
 *   <li>every committed write removes the responses it changes ({@link Invalidation}), on this instance before
 *   the write's response is sent and on the others when PostgreSQL delivers the notification;</li>
 *   <li>a response is stored only if no invalidation happened while it was being rendered: its {@link Ticket},
 *   taken when the request arrived, must still be current (a read that began before a write committed may hold the
 *   old content);</li>
 *   <li>every entry is valid only until the next scheduled publication comes due, when everything goes, because
 *   an article that goes live by the clock changes lists with no write to announce it.</li>
 * </ul>
 * The cache is closed (no hits, no stores) while it does not know when the next publication is due, and while
 * notifications from other instances could be missed.
 */
@ApplicationScoped
public class ResponseCache {
    private static final Logger LOG = Logger.getLogger(ResponseCache.class);

    private final Cache<String, CachedResponse> entries;
    private final Clock clock;
    private final boolean enabled;
    private final int maxEntryBytes;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicLong generation = new AtomicLong();
    private volatile Instant validUntil;
    private Instant scheduledWhileClosed;
    private volatile boolean listening;
    private volatile Runnable onExpiry = () -> { };

    /** What a request saw when it arrived; its response may be stored only while this is still current. */
    record Ticket(long generation, Instant validUntil) {
    }

    ResponseCache(ResponseCacheConfig config, Clock clock, MeterRegistry metrics) {
        this.clock = clock;
        this.enabled = config.enabled();
        this.maxEntryBytes = config.maxEntryBytes();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.maxBytes())
                .weigher((String key, CachedResponse response) -> key.length() + response.weight())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(metrics, entries, "delivery-responses");
        Gauge.builder("masthead.response.cache.hit.ratio", entries, cache -> cache.stats().hitRate())
                .description("Share of cacheable delivery requests answered from the response cache")
                .register(metrics);
        Gauge.builder("masthead.response.cache.bytes", entries,
                        cache -> cache.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0))
                                .orElse(0L))
                .description("Memory the cached delivery responses take (bodies and headers)")
                .baseUnit("bytes")
                .register(metrics);
    }

    public boolean enabled() {
        return enabled;
    }

    boolean fits(int bytes) {
        return bytes <= maxEntryBytes;
    }

    /** The stored response for this request, or null; a miss while the cache is closed. */
    CachedResponse find(String key) {
        Instant until = validUntil;
        if (!listening || until == null) {
            return null;
        }
        if (!clock.instant().isBefore(until)) {
            expire(until);
            return null;
        }
        return entries.getIfPresent(key);
    }

    /** Null while the cache is closed: the response is then not stored. */
    Ticket ticket() {
        Instant until = validUntil;
        return listening && until != null ? new Ticket(generation.get(), until) : null;
    }

    void store(Ticket ticket, String key, CachedResponse response) {
        lock.readLock().lock();
        try {
            if (ticket.generation() == generation.get() && ticket.validUntil().equals(validUntil)
                    && clock.instant().isBefore(ticket.validUntil())) {
                entries.put(key, response);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Removes what a committed write changed, and brings the expiry forward to a publication it scheduled. */
    void invalidate(Invalidation invalidation) {
        lock.writeLock().lock();
        try {
            generation.incrementAndGet();
            if (invalidation.everything()) {
                entries.invalidateAll();
            } else {
                entries.asMap().values().removeIf(invalidation::removes);
            }
            Instant scheduled = invalidation.earliestScheduled();
            if (scheduled != null) {
                Instant until = validUntil;
                if (until == null) {
                    scheduledWhileClosed = scheduledWhileClosed == null || scheduled.isBefore(scheduledWhileClosed)
                            ? scheduled : scheduledWhileClosed;
                } else if (scheduled.isBefore(until)) {
                    validUntil = scheduled;
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Notifications from other instances flow ({@code true}) or may be missed ({@code false}). Either way what is
     * stored may be stale now, so it goes.
     */
    void listening(boolean listening) {
        invalidate(Invalidation.EVERYTHING);
        this.listening = listening;
    }

    /** Called (off the event loop) when the expiry passed; it should compute the next one and {@link #open} it. */
    void onExpiry(Runnable refresh) {
        this.onExpiry = refresh;
    }

    /**
     * Opens the cache until {@code until}, the first scheduled publication a query found; or until an earlier one
     * that a write scheduled while the query ran.
     */
    void open(Instant until) {
        lock.writeLock().lock();
        try {
            Instant scheduled = scheduledWhileClosed;
            validUntil = scheduled != null && scheduled.isBefore(until) ? scheduled : until;
            scheduledWhileClosed = null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void expire(Instant until) {
        lock.writeLock().lock();
        try {
            if (!until.equals(validUntil)) {
                return;
            }
            generation.incrementAndGet();
            entries.invalidateAll();
            validUntil = null;
        } finally {
            lock.writeLock().unlock();
        }
        LOG.debugf("A scheduled publication came due at %s; the response cache starts over", until);
        onExpiry.run();
    }
}
