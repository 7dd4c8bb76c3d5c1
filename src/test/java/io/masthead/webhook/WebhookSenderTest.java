package io.masthead.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.RequestOptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sender connects to the address that passed the check, whatever the name resolves to afterwards. */
class WebhookSenderTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void shouldConnectToThePublicAddressItCheckedNotThePrivateOneALaterAnswerGives() {
        TargetPolicy policy = new TargetPolicy(List.of(), rebinding("hooks.example.com",
                "93.184.215.14", "127.0.0.1"));
        WebhookSender sender = new WebhookSender(config(), policy, Clock.systemUTC(), vertx);

        TargetPolicy.Target target = policy.check("https://hooks.example.com/masthead").target();
        RequestOptions request = sender.request(attempt("https://hooks.example.com/masthead"), target);

        assertEquals("93.184.215.14", request.getServer().hostAddress());
        assertEquals(443, request.getServer().port());
        assertEquals("hooks.example.com", request.getHost(), "the Host header, SNI and certificate check");
        assertEquals("/masthead", request.getURI());
        assertTrue(request.isSsl());
    }

    @Test
    void shouldDeliverToTheCheckedAddressWhenTheNameResolvesElsewhereLater() throws Exception {
        List<String> hosts = new CopyOnWriteArrayList<>();
        HttpServer checked = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        checked.createContext("/", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        checked.start();
        try {
            int port = checked.getAddress().getPort();
            // Allow-listed so that loopback may be a target; every answer after the first points elsewhere.
            TargetPolicy policy = new TargetPolicy(List.of("pinned.masthead.test"),
                    rebinding("pinned.masthead.test", "127.0.0.1", "127.0.0.2"));
            WebhookSender sender = new WebhookSender(config(), policy, Clock.systemUTC(), vertx);

            Outcome outcome = sender.send(attempt("http://pinned.masthead.test:" + port + "/hook"))
                    .get(10, TimeUnit.SECONDS);

            assertEquals(new Outcome(204, null), outcome);
            assertEquals(List.of("pinned.masthead.test:" + port), hosts);
        } finally {
            checked.stop(0);
        }
    }

    /** Answers the first lookup of {@code host} with {@code first} and every later one with {@code later}. */
    private static HostResolver rebinding(String host, String first, String later) {
        AtomicInteger lookups = new AtomicInteger();
        return new HostResolver() {
            @Override
            public InetAddress[] resolve(String name) throws UnknownHostException {
                if (!name.equals(host)) {
                    throw new UnknownHostException(name);
                }
                String answer = lookups.getAndIncrement() == 0 ? first : later;
                return new InetAddress[] {InetAddress.getByAddress(name, InetAddress.getByName(answer).getAddress())};
            }
        };
    }

    private static Attempt attempt(String url) {
        return new Attempt(UUID.randomUUID(), url, "whsec_test", "article.published", "{\"event\":\"test\"}",
                List.of("article:0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c"), 0);
    }

    private static WebhookConfig config() {
        return new WebhookConfig() {
            @Override
            public Optional<List<String>> allowedPrivateHosts() {
                return Optional.empty();
            }

            @Override
            public int maxAttempts() {
                return 1;
            }

            @Override
            public Duration initialBackoff() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration requestTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
