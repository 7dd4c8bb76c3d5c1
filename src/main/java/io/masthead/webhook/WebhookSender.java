package io.masthead.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/** Sends one signed attempt. No database work happens here, so no transaction waits on a receiver. */
@ApplicationScoped
class WebhookSender {
    private static final String USER_AGENT = "Masthead-Webhooks/1";
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final WebhookConfig config;
    private final TargetPolicy policy;
    private final Clock clock;
    private final HttpClient client;

    WebhookSender(WebhookConfig config, TargetPolicy policy, Clock clock) {
        this.config = config;
        this.policy = policy;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.requestTimeout())
                // A redirect would let a public receiver send the request on to an internal address.
                .followRedirects(HttpClient.Redirect.NEVER)
                // Plain http with HTTP/2 starts an h2c upgrade, which some receivers mishandle on a POST.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The outcome of the attempt; never completes exceptionally. */
    CompletableFuture<Outcome> send(Attempt attempt) {
        Optional<String> refusal = policy.refusal(attempt.url());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(Outcome.refused(refusal.get()));
        }
        try {
            // The future completes with the status line and headers, which the timeout covers; the body is
            // never read, so a receiver that trickles one cannot hold the dispatcher up.
            return client.sendAsync(request(attempt), HttpResponse.BodyHandlers.ofInputStream())
                    .handle((response, failure) -> failure == null
                            ? answered(response)
                            : failed(attempt, failure));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failed(attempt, e));
        }
    }

    private HttpRequest request(Attempt attempt) {
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(attempt.url()))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("Masthead-Event", attempt.event())
                .header("Masthead-Delivery", attempt.deliveryId().toString())
                .header("Masthead-Timestamp", Long.toString(timestamp))
                .header("Masthead-Signature", Signatures.sign(attempt.secret(), timestamp, attempt.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.payload(), StandardCharsets.UTF_8))
                .build();
    }

    private static Outcome answered(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // The status is all we need; a connection that breaks while being closed changes nothing.
        }
        return Outcome.answered(response.statusCode());
    }

    private static Outcome failed(Attempt attempt, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (!(cause instanceof IOException)) {
            LOG.errorf(cause, "Webhook delivery %s failed unexpectedly", attempt.deliveryId());
        }
        return Outcome.failed(cause);
    }
}
