package io.masthead.document;

import io.masthead.article.ArticleChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Keeps the delivery documents current, on one background thread: the articles that changed (after their
 * transaction committed), then, when asked, every stale document newest first (a sweep). A document that is not
 * rendered yet only makes its reads take the designed queries; nothing waits for this thread.
 */
@ApplicationScoped
public class DocumentRefresher {
    private static final Logger LOG = Logger.getLogger(DocumentRefresher.class);
    private static final int BATCH = 100;

    private final DocumentRenderer renderer;
    private final DocumentConfig config;
    private final Clock clock;
    private final Counter rendered;
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweepWanted = new AtomicBoolean();
    private final AtomicReference<Instant> recentWanted = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean stopped;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "masthead-documents");
        thread.setDaemon(true);
        return thread;
    });

    DocumentRefresher(DocumentRenderer renderer, DocumentConfig config, Clock clock, MeterRegistry metrics) {
        this.renderer = renderer;
        this.config = config;
        this.clock = clock;
        this.rendered = Counter.builder("masthead_documents_rendered")
                .description("Delivery documents rendered for the read model")
                .register(metrics);
    }

    void start(@Observes StartupEvent start) {
        sweepSoon();
    }

    void stop(@Observes ShutdownEvent stop) {
        stopped = true;
        worker.shutdownNow();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        if (config.enabled()) {
            pending.add(change.articleId());
            wake();
        }
    }

    /** Every stale document, when sweeps are on. */
    void sweepSoon() {
        if (config.enabled() && config.sweep()) {
            sweepWanted.set(true);
            wake();
        }
    }

    /** Scheduled articles that went live since the last look (and a margin) get their documents. */
    @Scheduled(identity = "delivery-documents-recent", every = "${masthead.delivery.documents.recent-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweepRecent() {
        if (config.enabled() && config.sweep()) {
            recentWanted.set(clock.instant().minus(config.recentEvery().multipliedBy(2)));
            wake();
        }
    }

    /**
     * Renders what is pending and every stale document, on the background thread, and returns when that is done:
     * for tests and tools that need the read model complete, whatever {@code sweep} says.
     */
    public void settle() {
        try {
            worker.submit(() -> {
                renderPending();
                sweep(null);
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void wake() {
        if (!stopped && scheduled.compareAndSet(false, true)) {
            worker.execute(this::work);
        }
    }

    private void work() {
        scheduled.set(false);
        try {
            renderPending();
            if (sweepWanted.getAndSet(false)) {
                sweep(null);
            }
            Instant since = recentWanted.getAndSet(null);
            if (since != null) {
                sweep(since);
            }
        } catch (RuntimeException e) {
            if (stopped) {
                return;
            }
            LOG.warn("Rendering delivery documents failed; reads take the designed queries until a later render", e);
        }
    }

    private void renderPending() {
        while (!pending.isEmpty()) {
            List<UUID> batch = new ArrayList<>(BATCH);
            for (Iterator<UUID> ids = pending.iterator(); ids.hasNext() && batch.size() < BATCH; ) {
                batch.add(ids.next());
                ids.remove();
            }
            renderEach(batch);
        }
    }

    /**
     * One batch in one transaction; when it fails (an article deleted while it rendered, say), each article alone,
     * so that one of them cannot keep the others stale.
     */
    private int renderEach(List<UUID> batch) {
        try {
            int done = renderer.render(batch);
            rendered.increment(done);
            return done;
        } catch (RuntimeException e) {
            if (stopped || batch.size() == 1) {
                throw e;
            }
            int done = 0;
            for (UUID id : batch) {
                try {
                    done += renderEach(List.of(id));
                } catch (RuntimeException single) {
                    LOG.warnf(single, "Could not render the delivery document of %s; its reads take the designed"
                            + " queries", id);
                }
            }
            return done;
        }
    }

    /** Newest first, so that what readers ask for most is current first; changed articles go in between. */
    private void sweep(Instant since) {
        long started = System.nanoTime();
        int count = 0;
        DocumentRenderer.Page page = renderer.next(null, since, BATCH);
        while (page.end() != null) {
            if (!page.stale().isEmpty()) {
                count += renderEach(page.stale());
            }
            renderPending();
            page = renderer.next(page.end(), since, BATCH);
        }
        if (count > 0) {
            LOG.infof("Rendered %d delivery documents in %d ms", count, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
