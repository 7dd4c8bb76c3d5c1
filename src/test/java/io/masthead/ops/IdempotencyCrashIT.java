package io.masthead.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import io.masthead.testing.PackagedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotent creates survive a kill -9 of the server. The packaged jar runs on a PostgreSQL database of its own;
 * the test sends creates with Idempotency-Keys from several clients, kills the server while they are in flight,
 * starts it again and retries every key. Each key must end with exactly one article and a 201, fresh or replayed;
 * none may stay 409 once the lease of the dead requests' claims has lapsed.
 *
 * <p>Runs in the PostgreSQL build ({@code ./mvnw verify -Ppostgres}) after packaging. MASTHEAD_CRASH_DATABASE and
 * MASTHEAD_CRASH_PORT choose the database (default masthead_crash, dropped and created) and port (default: a free
 * one).
 */
class IdempotencyCrashIT {
    private static final String SERVER = PackagedServer.POSTGRES;
    private static final String DATABASE = System.getenv().getOrDefault("MASTHEAD_CRASH_DATABASE", "masthead_crash");
    private static final String ADMIN_KEY = "mh_crash_test_admin_key_" + UUID.randomUUID().toString().replace("-", "");
    private static final String LEASE = "PT3S";
    private static final int KEYS = 200;
    private static final int CLIENTS = 8;
    /** How many creates answer before the kill, so that the server is busy when it dies. */
    private static final int ANSWERED_BEFORE_KILL = 24;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process server;
    private int port;
    private int managementPort;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void shouldEndEveryKeyWithOneArticleAfterAKillDuringCreates() throws Exception {
        PackagedServer.assumePackaged();
        PackagedServer.recreateDatabase(DATABASE);
        port = port();
        managementPort = PackagedServer.freePort();
        String run = UUID.randomUUID().toString().substring(0, 8);
        server = start("first");

        Map<String, Integer> firstStatuses = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger cutOff = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            int n = i;
            sent.add(clients.submit(() -> {
                try {
                    firstStatuses.put(key(run, n), create(run, n).statusCode());
                    answered.incrementAndGet();
                } catch (IOException e) {
                    cutOff.incrementAndGet();
                }
                return null;
            }));
        }
        while (answered.get() < ANSWERED_BEFORE_KILL) {
            Thread.sleep(5);
        }
        // Creates that start together end together, so the kill waits until some of them hold their claims.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (deadClaims(run) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        for (Future<?> request : sent) {
            request.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        int deadClaims = deadClaims(run);
        assertTrue(cutOff.get() > 0, "the kill should cut requests off; all " + KEYS + " answered first");
        assertTrue(deadClaims > 0, "the kill should leave claims without a response (" + cutOff + " cut off)");

        server = start("second");
        Map<Integer, Integer> retryStatuses = new TreeMap<>();
        int replayed = 0;
        for (int n = 0; n < KEYS; n++) {
            HttpResponse<String> retry = create(run, n);
            retryStatuses.merge(retry.statusCode(), 1, Integer::sum);
            if ("true".equals(retry.headers().firstValue("Idempotent-Replayed").orElse(null))) {
                replayed++;
            }
        }

        assertEquals(Map.of(201, KEYS), retryStatuses, "every retry is a 201, fresh or replayed");
        assertEquals(Map.of(201, firstStatuses.size()), Map.of(201, (int) firstStatuses.values().stream()
                .filter(status -> status == 201).count()), "every create answered before the kill was a 201");
        // A create can commit and die before its response leaves, so more may replay than answered.
        assertTrue(replayed >= firstStatuses.size(), "every create that answered before the kill replays");
        assertEquals(Map.of(1, KEYS), articlesPerKey(run), "every key ends with exactly one article");
        assertEquals(0, deadClaims(run), "no claim is left without its response");
        System.out.printf("kill -9 after %d answers: %d requests cut off, %d claims left without a response; "
                + "after the restart %d retries replayed, %d ran again%n", firstStatuses.size(), cutOff.get(),
                deadClaims, replayed, KEYS - replayed);
    }

    private HttpResponse<String> create(String run, int n) throws IOException, InterruptedException {
        // Forty blocks keep each create in its transaction long enough that the kill finds some of them there.
        String block = "{\"type\":\"paragraph\",\"html\":\"Written before the crash, <b>retried</b> after it.\"}";
        String body = "{\"language\":\"en\",\"headline\":\"" + headline(run, n) + "\",\"blocks\":["
                + String.join(",", Collections.nCopies(40, block)) + "]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/manage/v1/articles"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key(run, n))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String key(String run, int n) {
        return "crash-" + run + "-" + n;
    }

    private static String headline(String run, int n) {
        return "Crash " + run + " number " + n;
    }

    private Process start(String name) throws Exception {
        return PackagedServer.start("crash-" + name, port, managementPort, DATABASE, ADMIN_KEY,
                Map.of("MASTHEAD_IDEMPOTENCY_LEASE", LEASE));
    }

    private static int port() throws IOException {
        String configured = System.getenv("MASTHEAD_CRASH_PORT");
        if (configured != null) {
            return Integer.parseInt(configured);
        }
        return PackagedServer.freePort();
    }

    private static int deadClaims(String run) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from idempotency_record where idempotency_key like ? and status is null")) {
            query.setString(1, "crash-" + run + "-%");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** How many keys ended with how many articles. */
    private static Map<Integer, Integer> articlesPerKey(String run) throws SQLException {
        Map<Integer, Integer> histogram = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from article where headline = ?")) {
            for (int n = 0; n < KEYS; n++) {
                query.setString(1, headline(run, n));
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    histogram.merge(result.getInt(1), 1, Integer::sum);
                }
            }
        }
        return histogram;
    }
}
