package io.masthead.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class OperationsTest {
    // Relative to the management root, /q.
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void shouldReportReadinessIncludingTheDatabaseOnTheManagementPort() {
        given().when().get(readiness)
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void shouldServePrometheusMetricsOfTheDeliveryApiOnTheManagementPort() {
        given().when().get("/api/v1/articles?limit=1").then().statusCode(200);

        given().when().get(metrics)
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .contentType(containsString("openmetrics-text"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/articles\""))
                .body(containsString("jvm_memory_used_bytes"))
                .body(not(containsString("/q/health")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"})
    void shouldKeepHealthAndMetricsOffThePublicPort(String path) {
        given().when().get(path)
                .then().statusCode(404)
                .body(not(containsString("jvm_")))
                .body(not(containsString("\"checks\"")));
    }

    @Test
    void shouldCountCommittedPublications() {
        double before = counter("masthead_articles_published_total");
        ManageApi.asAdmin().body(article(Fixtures.unique("Counted"))).queryParam("publish", true)
                .when().post("/manage/v1/articles")
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> counter("masthead_articles_published_total"), greaterThanOrEqualTo(before + 1));
    }

    @Test
    void shouldCountImportedAndFailedImportLines() {
        double imported = counter("masthead_import_lines_total{outcome=\"imported\"");
        double failed = counter("masthead_import_lines_total{outcome=\"failed\"");
        String good = "{\"status\":\"draft\",\"article\":{\"language\":\"en\",\"headline\":\""
                + Fixtures.unique("Imported") + "\",\"blocks\":[{\"type\":\"paragraph\",\"html\":\"Text.\"}]}}";
        String bad = "{\"status\":\"draft\",\"article\":{\"language\":\"en\",\"headline\":\"\",\"blocks\":[]}}";

        byte[] file = (good + "\n" + good.replace("Imported", "Imported too") + "\n" + bad + "\n")
                .getBytes(StandardCharsets.UTF_8);

        String job = ManageApi.asAdmin().contentType("application/x-ndjson").body(file)
                .when().post("/manage/v1/import")
                .then().statusCode(202)
                .extract().path("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> ManageApi.asAdmin().when().get("/manage/v1/import/{id}", job)
                        .then().statusCode(200).extract().path("status"), equalTo("completed"));

        await().atMost(Duration.ofSeconds(5)).until(
                () -> counter("masthead_import_lines_total{outcome=\"imported\"") >= imported + 2
                        && counter("masthead_import_lines_total{outcome=\"failed\"") >= failed + 1);
    }

    @Test
    void shouldCountFailedWebhookAttempts() {
        double failed = counter("masthead_webhook_attempts_total{outcome=\"failed\"");
        // Port 1 on loopback has no listener: every attempt is refused.
        String webhook = ManageApi.asAdmin()
                .body(Map.of("url", "http://127.0.0.1:1/hook", "events", List.of("article.published")))
                .when().post("/manage/v1/webhooks")
                .then().statusCode(201)
                .extract().path("webhook.id");
        try {
            ManageApi.asAdmin().body(article(Fixtures.unique("Hooked"))).queryParam("publish", true)
                    .when().post("/manage/v1/articles")
                    .then().statusCode(201);

            await().atMost(Duration.ofSeconds(15)).until(
                    () -> counter("masthead_webhook_attempts_total{outcome=\"failed\""), greaterThanOrEqualTo(failed + 1));
        } finally {
            ManageApi.asAdmin().when().delete("/manage/v1/webhooks/{id}", webhook).then().statusCode(204);
        }
    }

    private static Map<String, Object> article(String headline) {
        return Map.of("language", "en", "headline", headline,
                "blocks", List.of(Map.of("type", "paragraph", "html", "Text.")));
    }

    /** The value of the first sample whose name and labels start with {@code series}; 0 before it exists. */
    private double counter(String series) {
        String text = given().when().get(metrics).then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + "[^\\n]*? ([0-9.eE+-]+)$").matcher(text);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
