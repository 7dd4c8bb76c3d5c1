package io.masthead.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.testing.PackagedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged jar on one PostgreSQL database, each with its response cache: a write through one
 * is visible through the other within a second, because PostgreSQL notifies it of the commit. Runs in the
 * PostgreSQL build ({@code ./mvnw verify -Ppostgres}) after packaging; MASTHEAD_INSTANCES_DATABASE names the
 * database (default masthead_instances, dropped and created).
 */
class ResponseCacheInstancesIT {
    private static final String DATABASE = System.getenv().getOrDefault("MASTHEAD_INSTANCES_DATABASE",
            "masthead_instances");
    private static final String ADMIN_KEY = "mh_instances_test_admin_key_" + UUID.randomUUID().toString()
            .replace("-", "");
    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process first;
    private Process second;

    @AfterEach
    void stopServers() {
        for (Process server : new Process[] {first, second}) {
            if (server != null) {
                server.destroy();
            }
        }
    }

    @Test
    void shouldShowAWriteThroughOneInstanceThroughTheOtherWithinASecond() throws Exception {
        PackagedServer.assumePackaged();
        PackagedServer.recreateDatabase(DATABASE);
        int a = PackagedServer.freePort();
        int b = PackagedServer.freePort();
        Map<String, String> env = Map.of("MASTHEAD_RATE_LIMIT_DELIVERY_PER_MINUTE", "0");
        first = PackagedServer.start("instance-a", a, PackagedServer.freePort(), DATABASE, ADMIN_KEY, env);
        int bManagement = PackagedServer.freePort();
        second = PackagedServer.start("instance-b", b, bManagement, DATABASE, ADMIN_KEY, env);

        String slug = "two-instances-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(a, "POST", "/manage/v1/articles?publish=true", null,
                "{\"language\":\"en\",\"slug\":\"" + slug + "\",\"headline\":\"First headline\","
                        + "\"blocks\":[{\"type\":\"paragraph\",\"html\":\"Text.\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();
        String article = "/api/v1/articles/" + slug + "?lang=en";
        assertEquals("First headline", headline(get(b, article)));
        assertEquals("First headline", headline(get(b, article)));
        String metrics = get(bManagement, "/q/metrics").body();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("cache_gets_total{cache=\"delivery-responses\"")
                && line.contains("result=\"hit\"") && !line.endsWith(" 0.0")), "instance B served the article "
                + "from its cache");

        HttpResponse<String> edited = send(a, "PATCH", "/manage/v1/articles/" + id,
                created.headers().firstValue("ETag").orElseThrow(), "{\"headline\":\"Second headline\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        long editSeen = waitFor(b, article, response -> "Second headline".equals(headline(response)));

        HttpResponse<String> unpublished = send(a, "POST", "/manage/v1/articles/" + id + "/unpublish",
                edited.headers().firstValue("ETag").orElseThrow(), null);
        assertEquals(200, unpublished.statusCode(), unpublished.body());
        long removalSeen = waitFor(b, article, response -> response.statusCode() == 404);

        System.out.printf("instance B showed the edit %d ms and the unpublication %d ms after instance A answered%n",
                editSeen, removalSeen);
    }

    /** Milliseconds until instance {@code port} answers as {@code expected}; fails after {@link #WITHIN}. */
    private long waitFor(int port, String path, Predicate<HttpResponse<String>> expected) throws Exception {
        long start = System.nanoTime();
        while (true) {
            HttpResponse<String> response = get(port, path);
            long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (expected.test(response)) {
                return elapsed;
            }
            assertTrue(elapsed < WITHIN.toMillis(), "instance B still answers " + response.statusCode() + " "
                    + response.body() + " after " + elapsed + " ms");
            Thread.sleep(10);
        }
    }

    private static String headline(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.path("headline").asText(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(int port, String method, String path, String ifMatch, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "PATCH".equals(method) ? "application/merge-patch+json"
                    : "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
