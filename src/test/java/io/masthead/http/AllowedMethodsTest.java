package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedMethodsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/articles/harbour-deal", "/api/v1/articles/harbour-deal/",
            "/api/v1/articles/id", "/api/v1/articles/%C3%BC"})
    void shouldMatchOneSegmentForAPlainVariable(String path) {
        assertMatches(AllowedMethods.toPattern("/api/v1/articles/{slug}"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/articles", "/api/v1/articles/", "/api/v1/articles/a/b",
            "/api/v1/articles//", "/api/v1/articlesX/a", "/api/v2/articles/a"})
    void shouldNotMatchOtherShapesForAPlainVariable(String path) {
        assertNoMatch(AllowedMethods.toPattern("/api/v1/articles/{slug}"), path);
    }

    @Test
    void shouldMatchTheLiteralSegmentsBeforeAVariable() {
        Pattern byId = AllowedMethods.toPattern("/api/v1/articles/id/{id}");

        assertMatches(byId, "/api/v1/articles/id/0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c");
        assertMatches(byId, "/api/v1/articles/id/0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c/");
        assertNoMatch(byId, "/api/v1/articles/harbour-deal");
        assertNoMatch(byId, "/api/v1/articles/id");
    }

    @Test
    void shouldMatchATemplateWithoutVariables() {
        Pattern list = AllowedMethods.toPattern("/api/v1/articles");

        assertMatches(list, "/api/v1/articles");
        assertMatches(list, "/api/v1/articles/");
        assertNoMatch(list, "/api/v1/articles/x");
        assertNoMatch(list, "/api/v1/articles//");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/items/{id: [0-9]+}", "/items/{id:[0-9]+}", "/items/{ id : [0-9]+ }"})
    void shouldUseTheRegexOfATemplateVariable(String template) {
        Pattern pattern = AllowedMethods.toPattern(template);

        assertMatches(pattern, "/items/42");
        assertMatches(pattern, "/items/42/");
        assertNoMatch(pattern, "/items/forty-two");
        assertNoMatch(pattern, "/items/");
    }

    @Test
    void shouldTreatRegexCharactersInLiteralSegmentsLiterally() {
        Pattern pattern = AllowedMethods.toPattern("/files/{name}.json");

        assertMatches(pattern, "/files/report.json");
        assertNoMatch(pattern, "/files/reportXjson");
    }

    @Test
    void shouldSupportQuantifierBracesInAVariableRegex() {
        Pattern pattern = AllowedMethods.toPattern("/items/{id: [0-9]{3}}");

        assertMatches(pattern, "/items/123");
        assertNoMatch(pattern, "/items/1234");
    }

    private static void assertMatches(Pattern pattern, String path) {
        assertTrue(pattern.matcher(path).matches(), () -> pattern + " should match " + path);
    }

    private static void assertNoMatch(Pattern pattern, String path) {
        assertFalse(pattern.matcher(path).matches(), () -> pattern + " should not match " + path);
    }
}
