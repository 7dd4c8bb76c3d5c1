package io.masthead.manage;

import io.masthead.testing.Contract;
import io.masthead.testing.ContractValidationFilter;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.util.List;

/**
 * For path variants that the contract does not list by design (such as {@code /MANAGE/v1/keys}), which the global
 * contract filter cannot judge: checks only that the answer is a Problem as the contract defines it.
 */
final class UncontractedProblems implements Filter {
    private static final String PROBLEM_SCHEMA = "/components/schemas/Problem";

    private UncontractedProblems() {
    }

    static RequestSpecification given(String token) {
        RequestSpecification request = RestAssured.given()
                .noFiltersOfType(ContractValidationFilter.class)
                .filter(new UncontractedProblems())
                .contentType("application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String where = request.getMethod() + " " + request.getURI() + " -> " + response.statusCode();
        if (response.statusCode() < 400 || !response.contentType().startsWith(ManagedArticles.PROBLEM_JSON)) {
            throw new AssertionError(where + ": expected a problem+json error but got " + response.contentType());
        }
        List<String> violations = Contract.get().validate(PROBLEM_SCHEMA, response.asString());
        if (!violations.isEmpty()) {
            throw new AssertionError(where + ": not a Problem: " + violations + "\n" + response.asString());
        }
        return response;
    }
}
