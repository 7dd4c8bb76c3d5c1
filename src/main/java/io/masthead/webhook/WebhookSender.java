package io.masthead.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends one signed attempt with the Vert.x HTTP client, which connects to the address the {@link TargetPolicy}
 * checked (the request names that server address apart from the host), while the Host header, TLS SNI and the
 * certificate check use the host name. So a DNS answer that changes after the check cannot redirect the attempt.
 * No database work happens here, so no transaction waits on a receiver.
 */
@ApplicationScoped
class WebhookSender {
    private static final String USER_AGENT = "Masthead-Webhooks/1";
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final WebhookConfig config;
    private final TargetPolicy policy;
    private final Clock clock;
    private final HttpClient client;

    WebhookSender(WebhookConfig config, TargetPolicy policy, Clock clock, Vertx vertx) {
        this.config = config;
        this.policy = policy;
        this.clock = clock;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.requestTimeout().toMillis())
                .setKeepAlive(false)
                .setForceSni(true)
                .setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The outcome of the attempt; never completes exceptionally. */
    CompletableFuture<Outcome> send(Attempt attempt) {
        TargetPolicy.Checked checked = policy.check(attempt.url());
        if (checked.refusal() != null) {
            return CompletableFuture.completedFuture(Outcome.refused(checked.refusal()));
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        try {
            RequestOptions request = request(attempt, checked.target());
            // The outcome is known with the status line; the body is never read and the connection is dropped, so
            // a receiver that trickles one cannot hold the dispatcher up.
            client.request(request)
                    .compose(sent -> sent.send(Buffer.buffer(attempt.payload())))
                    .onSuccess(response -> outcome.complete(answered(response)))
                    .onFailure(failure -> outcome.complete(failed(attempt, failure)));
        } catch (RuntimeException e) {
            outcome.complete(failed(attempt, e));
        }
        return outcome;
    }

    /** The request for the checked target: connect to its address, name its host. */
    RequestOptions request(Attempt attempt, TargetPolicy.Target target) {
        long timestamp = clock.instant().getEpochSecond();
        long timeout = config.requestTimeout().toMillis();
        return new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setConnectTimeout(timeout)
                .setTimeout(timeout)
                // A redirect would let a public receiver send the request on to an internal address.
                .setFollowRedirects(false)
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", USER_AGENT)
                .putHeader("Masthead-Event", attempt.event())
                .putHeader("Masthead-Delivery", attempt.deliveryId().toString())
                .putHeader("Masthead-Timestamp", Long.toString(timestamp))
                // A cache such as Varnish can purge by these without parsing (or verifying) the JSON body.
                .putHeader("Masthead-Surrogate-Keys", String.join(" ", attempt.surrogateKeys()))
                .putHeader("Masthead-Signature", Signatures.sign(attempt.secret(), timestamp, attempt.payload()));
    }

    private static Outcome answered(HttpClientResponse response) {
        // The reset fails the unread body with a StreamResetException, which Vert.x logs as an error unless the
        // response has a handler for it: one error line per delivered webhook.
        try {
            response.exceptionHandler(reset -> { });
            response.request().reset();
        } catch (IllegalStateException ended) {
            // The whole response, empty body included, arrived before this ran: there is nothing left to discard,
            // and Vert.x refuses a handler on an ended response. Letting that escape would lose the outcome, and
            // the delivery would never be recorded.
        }
        return Outcome.answered(response.statusCode());
    }

    private static Outcome failed(Attempt attempt, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (!(cause instanceof IOException) && !(cause instanceof TimeoutException)) {
            LOG.errorf(cause, "Webhook delivery %s failed unexpectedly", attempt.deliveryId());
        }
        return Outcome.failed(cause);
    }
}
