package io.masthead.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends due deliveries on every instance. Claims keep two instances from sending the same delivery at once;
 * a delivery whose instance dies mid-attempt is taken over when its claim expires, so delivery is at least
 * once.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final Clock clock;
    private final Counter delivered;
    private final Counter failed;

    WebhookDispatcher(DeliveryQueue queue, WebhookSender sender, Clock clock, MeterRegistry metrics) {
        this.queue = queue;
        this.sender = sender;
        this.clock = clock;
        this.delivered = attempts(metrics, "delivered");
        this.failed = attempts(metrics, "failed");
    }

    /** A rising share of failed attempts is the first sign of a receiver that is down or refuses the signature. */
    private static Counter attempts(MeterRegistry metrics, String outcome) {
        return Counter.builder("masthead.webhook.attempts")
                .description("Webhook delivery attempts, by outcome (failed: no 2xx, or not sent)")
                .tag("outcome", outcome)
                .register(metrics);
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${masthead.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatch() {
        List<Attempt> attempts = QuarkusTransaction.requiringNew().call(() -> queue.claimDue(clock.instant()));
        // All attempts of the batch run at once, so one slow receiver does not hold up the others.
        List<CompletableFuture<Outcome>> outcomes = attempts.stream().map(sender::send).toList();
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            Outcome outcome = outcomes.get(i).join();
            QuarkusTransaction.requiringNew().run(() -> queue.record(attempt, outcome, clock.instant()));
            (outcome.succeeded() ? delivered : failed).increment();
        }
    }
}
