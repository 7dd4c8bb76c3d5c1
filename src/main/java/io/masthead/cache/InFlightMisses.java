package io.masthead.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Concurrent misses on one key wait for the first of them, which renders the response, instead of each rendering
 * it: when news breaks, a write empties the front page's entry while hundreds of readers ask for it, and a slow
 * response (a search at a million articles) would otherwise be rendered once per waiting reader, until the
 * connection pool runs dry. Waiting is for one render only: a waiter that then finds nothing stored (the leader's
 * answer was an error or a 304, or a write invalidated it while it rendered) renders its own, as without this.
 */
final class InFlightMisses {
    private final Map<String, Render> rendering = new ConcurrentHashMap<>();

    /** A render of one key in progress, with the misses that wait for it. */
    static final class Render {
        private final List<Runnable> waiters = new ArrayList<>();
    }

    /**
     * The render this miss leads, which it must {@link #end}, when no other miss on {@code key} is rendering; null
     * when one is, and then {@code resume} runs when that render ends.
     */
    Render lead(String key, Runnable resume) {
        Render[] led = {null};
        rendering.compute(key, (ignored, render) -> {
            if (render == null) {
                led[0] = new Render();
                return led[0];
            }
            render.waiters.add(resume);
            return render;
        });
        return led[0];
    }

    /** The leader's response ended, stored or not (only the first call counts): its waiters resume. */
    void end(String key, Render render) {
        if (rendering.remove(key, render)) {
            render.waiters.forEach(Runnable::run);
        }
    }
}
