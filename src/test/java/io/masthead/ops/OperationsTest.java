package io.masthead.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportReadinessIncludingTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void shouldServePrometheusMetricsOfTheDeliveryApi() {
        given().when().get("/api/v1/articles?limit=1").then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("openmetrics-text"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/articles\""))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
