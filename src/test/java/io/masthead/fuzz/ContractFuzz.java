package io.masthead.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.testing.Contract;
import io.masthead.testing.ContractValidationFilter;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Contract-driven fuzzing of a running server (the packaged jar on PostgreSQL): for every operation in
 * openapi/openapi.yaml it sends valid, invalid and random requests that {@link FuzzRequests} derives from the
 * operation's parameters and body schema, and fails on any 5xx other than a deliberate 503 and on any response
 * the contract does not describe (status, media type, body schema; {@link ContractValidationFilter}).
 *
 * <p>Not part of the suites: its name matches neither Surefire's nor Failsafe's patterns, and it needs
 * {@code -Dmasthead.fuzz.url}. Run it with {@code .ci/fuzz.sh <baseUrl> <adminToken> [casesPerOperation]}.
 * The seed ({@code -Dmasthead.fuzz.seed}) makes a run repeatable.
 */
class ContractFuzz {
    private static final String URL = System.getProperty("masthead.fuzz.url", "");
    private static final String TOKEN = System.getProperty("masthead.fuzz.token", "");
    private static final int CASES = Integer.getInteger("masthead.fuzz.cases", 20);
    private static final long SEED = Long.getLong("masthead.fuzz.seed", System.currentTimeMillis());

    @Test
    void shouldAnswerEveryRequestWithinTheContractAndWithoutAServerError() throws IOException {
        assumeTrue(!URL.isBlank(), "set -Dmasthead.fuzz.url to the server to fuzz");
        Contract contract = Contract.get();
        FuzzRequests requests = new FuzzRequests(contract.document(), new Random(SEED), TOKEN);
        RestAssuredConfig config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 5_000));
        ContractValidationFilter contractCheck = new ContractValidationFilter();
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int operations = 0;

        for (FuzzRequests.Operation operation : requests.operations()) {
            operations++;
            for (int i = 0; i < CASES; i++) {
                FuzzRequests.Case fuzzCase = requests.next(operation);
                RequestSpecification request = given().config(config).baseUri(URL).urlEncodingEnabled(false)
                        .filter(contractCheck);
                fuzzCase.headers().forEach(request::header);
                if (fuzzCase.body() != null) {
                    request.body(fuzzCase.body());
                }
                sent++;
                try {
                    Response response = request.request(operation.method(), fuzzCase.target());
                    statuses.merge(response.statusCode() / 100 + "xx " + response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() >= 500 && response.statusCode() != 503) {
                        failures.add(fuzzCase.describe(operation) + " -> " + response.statusCode() + " "
                                + abbreviate(response.asString()));
                    }
                } catch (AssertionError outsideTheContract) {
                    statuses.merge("outside the contract", 1, Integer::sum);
                    failures.add(fuzzCase.describe(operation) + " -> " + abbreviate(outsideTheContract.getMessage()));
                }
            }
        }

        String report = "Contract fuzz: seed " + SEED + ", " + operations + " operations, " + CASES
                + " cases each, " + sent + " requests\n" + "Statuses: " + statuses + "\n" + "Failures: "
                + failures.size() + "\n" + String.join("\n\n", failures) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-report.txt"), report);
        System.out.println(report.length() > 20_000 ? report.substring(0, 20_000) + "\n..." : report);
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " failures; seed " + SEED
                + "; see target/fuzz-report.txt");
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replace('\n', ' ');
        return oneLine.length() > 600 ? oneLine.substring(0, 600) + "..." : oneLine;
    }
}
