package io.masthead.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Counts publications (scheduled ones included) from every path: the workflow, creates that publish, imports and
 * the demo content. Only committed ones count: a publish that rolls back never reached readers.
 */
@ApplicationScoped
class PublicationMetrics {
    private final Counter published;

    PublicationMetrics(MeterRegistry metrics) {
        this.published = Counter.builder("masthead.articles.published")
                .description("Articles published or scheduled (committed)")
                .register(metrics);
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        if (change.type() == ArticleChanged.Type.PUBLISHED) {
            published.increment();
        }
    }
}
