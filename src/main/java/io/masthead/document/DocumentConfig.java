package io.masthead.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The delivery read model (BENCHMARKS.md, "The read model"). */
@ConfigMapping(prefix = "masthead.delivery.documents")
public interface DocumentConfig {
    /**
     * Render documents at all. Off, every read takes the designed queries, as before the read model (for
     * benchmarks, or if the model were ever suspected).
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * Render every stale document in the background: at start, after each change to something many articles show,
     * and for the articles that went live lately (scheduled ones). Off, only the articles that change are rendered,
     * which keeps the tests' background work small.
     */
    @WithDefault("true")
    boolean sweep();

    /** How often the articles that went live lately are looked for, so that scheduled articles get a document. */
    @WithDefault("30s")
    Duration recentEvery();
}
