package io.masthead.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.masthead.testing.Contract;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode servedTree = new YAMLMapper().readTree(served);
        JsonNode committed = Contract.read(Contract.FILE);
        assertEquals(committed, servedTree, "openapi/openapi.yaml differs from what /q/openapi serves. "
                + "Regenerate it with ./mvnw package -DskipTests, review the diff and commit it.");
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger-ui"));
    }
}
