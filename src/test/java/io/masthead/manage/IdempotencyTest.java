package io.masthead.manage;

import static io.masthead.manage.ManagedArticles.PROBLEMS;
import static io.masthead.manage.ManagedArticles.PROBLEM_JSON;
import static io.masthead.manage.ManagedArticles.content;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A create retried with the same Idempotency-Key creates one article and answers with the first response. */
@QuarkusTest
class IdempotencyTest {
    private static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    EntityManager entityManager;

    @Test
    void shouldReplayTheFirstResponseToARetry() {
        String editor = ManageApi.newToken("editor");
        String key = Fixtures.unique("retry");
        Map<String, Object> body = content(Fixtures.unique("Once"));

        var first = post(editor, key, body).then().statusCode(201).header(REPLAYED, nullValue()).extract();
        var retry = post(editor, key, body).then().statusCode(201).header(REPLAYED, equalTo("true")).extract();

        assertEquals(first.path("id").toString(), retry.path("id"));
        assertEquals(first.jsonPath().getMap("$"), retry.jsonPath().getMap("$"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(List.of(first.path("id").toString()), idsWithHeadline(body.get("headline")));
    }

    @Test
    void shouldRefuseTheSameKeyForAnotherBody() {
        String editor = ManageApi.newToken("editor");
        String key = Fixtures.unique("reused");
        post(editor, key, content(Fixtures.unique("Original"))).then().statusCode(201);
        String other = Fixtures.unique("Different");

        post(editor, key, content(other))
                .then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "unprocessable"))
                .body("detail", equalTo("This Idempotency-Key was used for a different request; use a new key for "
                        + "a new request."))
                .header(REPLAYED, nullValue());
        assertEquals(List.of(), idsWithHeadline(other));
    }

    @Test
    void shouldKeepTheKeysOfDifferentApiKeysApart() {
        String key = Fixtures.unique("shared");
        Map<String, Object> body = content(Fixtures.unique("Two callers"));

        String firstId = post(ManageApi.newToken("editor"), key, body)
                .then().statusCode(201).header(REPLAYED, nullValue()).extract().path("id");
        String secondId = post(ManageApi.newToken("editor"), key, body)
                .then().statusCode(201).header(REPLAYED, nullValue()).extract().path("id");

        assertNotEquals(firstId, secondId);
        assertEquals(Set.of(firstId, secondId), Set.copyOf(idsWithHeadline(body.get("headline"))));
    }

    @Test
    void shouldCreateOneArticleForTwentyParallelRetries() throws Exception {
        String editor = ManageApi.newToken("editor");
        String key = Fixtures.unique("parallel");
        Map<String, Object> body = content(Fixtures.unique("Parallel"));

        List<ExtractableResponse<Response>> responses = StartGate.race(20,
                i -> post(editor, key, body).then().extract());

        assertEquals(Set.of(201), responses.stream().map(ExtractableResponse::statusCode).collect(Collectors.toSet()),
                () -> responses.stream().map(ExtractableResponse::asString).toList().toString());
        Set<String> ids = responses.stream().map(response -> response.<String>path("id")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), ids::toString);
        assertEquals(19, responses.stream().filter(response -> "true".equals(response.header(REPLAYED))).count(),
                "all but the one request that ran are replays");
        assertEquals(List.copyOf(ids), idsWithHeadline(body.get("headline")));
    }

    @Test
    void shouldRunARequestAgainWhenTheOneHoldingItsKeyDied() {
        String editor = ManageApi.newToken("editor");
        String key = Fixtures.unique("crashed");
        Map<String, Object> body = content(Fixtures.unique("Crashed"));
        String lost = post(editor, key, body).then().statusCode(201).extract().path("id");
        // What a kill -9 between claiming the key and committing the article leaves: a claim without a response,
        // and no article.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update idempotency_record set status = null, headers = null,"
                            + " body = null where idempotency_key = :key")
                    .setParameter("key", key)
                    .executeUpdate();
            entityManager.createNativeQuery("delete from article where id = :id")
                    .setParameter("id", UUID.fromString(lost))
                    .executeUpdate();
        });

        String created = post(editor, key, body)
                .then().statusCode(201).header(REPLAYED, nullValue()).extract().path("id");
        String replayed = post(editor, key, body)
                .then().statusCode(201).header(REPLAYED, equalTo("true")).extract().path("id");

        assertNotEquals(lost, created);
        assertEquals(created, replayed);
        assertEquals(List.of(created), idsWithHeadline(body.get("headline")));
    }

    @Test
    void shouldAcceptAKeyOfTwoHundredCharacters() {
        post(ManageApi.newToken("editor"), "k".repeat(200), content(Fixtures.unique("Long key")))
                .then().statusCode(201);
    }

    static Stream<String> invalidKeys() {
        return Stream.of("k".repeat(201), "two words", "tab\tinside");
    }

    @ParameterizedTest
    @MethodSource("invalidKeys")
    void shouldRefuseAnInvalidKeyNamingTheHeader(String key) {
        String headline = Fixtures.unique("Bad key");

        ManageApi.as(ManageApi.newToken("editor")).header("Idempotency-Key", key).body(content(headline))
                .when().post("/manage/v1/articles")
                .then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-parameter"))
                .body("errors[0].header", equalTo("Idempotency-Key"))
                .body("errors[0].detail", equalTo("Idempotency-Key must be 1 to 200 visible ASCII characters."))
                .body("errors[0]", not(hasKey("pointer")));
        assertEquals(List.of(), idsWithHeadline(headline));
    }

    private static Response post(String token, String key, Map<String, Object> body) {
        return ManageApi.as(token).header("Idempotency-Key", key).body(body).when().post("/manage/v1/articles");
    }

    /** The ids of the articles with this headline, among the most recently changed English ones. */
    private static List<String> idsWithHeadline(Object headline) {
        return ManageApi.asAdmin().queryParam("lang", "en").queryParam("limit", 100)
                .when().get("/manage/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.headline == '" + headline + "' }.id");
    }
}
