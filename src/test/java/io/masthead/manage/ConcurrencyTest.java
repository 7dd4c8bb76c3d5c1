package io.masthead.manage;

import static io.masthead.manage.ManagedArticles.PROBLEMS;
import static io.masthead.manage.ManagedArticles.PROBLEM_JSON;
import static io.masthead.manage.ManagedArticles.content;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** No lost updates: every change names the version it is based on, and only one writer of a version wins. */
@QuarkusTest
class ConcurrencyTest {

    /** Every operation that changes an article; delete needs an admin, the others an editor. */
    enum Change {
        PUT((request, id) -> request.body(content(Fixtures.unique("Put"))).put("/manage/v1/articles/{id}", id)),
        PATCH((request, id) -> request.contentType("application/merge-patch+json").body(Map.of("headline", "Patch"))
                .patch("/manage/v1/articles/{id}", id)),
        DELETE((request, id) -> request.delete("/manage/v1/articles/{id}", id)),
        PUBLISH((request, id) -> request.post("/manage/v1/articles/{id}/publish", id)),
        UNPUBLISH((request, id) -> request.post("/manage/v1/articles/{id}/unpublish", id)),
        ARCHIVE((request, id) -> request.post("/manage/v1/articles/{id}/archive", id)),
        RESTORE((request, id) -> request.post("/manage/v1/articles/{id}/revisions/0/restore", id));

        private final BiFunction<RequestSpecification, String, Response> call;

        Change(BiFunction<RequestSpecification, String, Response> call) {
            this.call = call;
        }

        Response send(RequestSpecification request, String id) {
            return call.apply(request.when(), id);
        }
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void shouldRequireIfMatchForEveryChange(Change change) {
        var created = ManagedArticles.create(ManageApi.ADMIN_TOKEN, content(Fixtures.unique("Unconditional")));
        String id = created.path("id");

        change.send(ManageApi.asAdmin(), id)
                .then().statusCode(428)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "precondition-required"))
                .body("detail", allOf(containsString("If-Match"), containsString(created.header("ETag"))));

        current(id)
                .header("ETag", equalTo(created.header("ETag")))
                .body("status", equalTo("draft"))
                .body("content.headline", equalTo(created.path("content.headline")));
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void shouldRefuseAStaleEtagAndKeepTheEarlierUpdate(Change change) {
        var created = ManagedArticles.create(ManageApi.ADMIN_TOKEN, content(Fixtures.unique("Stale")));
        String id = created.path("id");
        String stale = created.header("ETag");
        String earlier = Fixtures.unique("Earlier update");
        var updated = ManageApi.asAdmin().header("If-Match", stale).body(content(earlier))
                .when().put("/manage/v1/articles/{id}", id)
                .then().statusCode(200).extract();

        change.send(ManageApi.asAdmin().header("If-Match", stale), id)
                .then().statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "precondition-failed"))
                .body("detail", allOf(containsString(stale), containsString(updated.header("ETag"))));

        current(id)
                .header("ETag", equalTo(updated.header("ETag")))
                .body("status", equalTo("draft"))
                .body("content.headline", equalTo(earlier));
    }

    @Test
    void shouldLetOnlyOneOfTwoEditorsSaveTheSameVersion() throws Exception {
        List<String> editors = List.of(ManageApi.newToken("editor"), ManageApi.newToken("editor"));
        var created = ManagedArticles.create(editors.get(0), content(Fixtures.unique("Two editors")));

        List<Attempt> attempts = raceToReplace(created.path("id"), created.header("ETag"), editors);

        assertEquals(List.of(200, 412), attempts.stream().map(Attempt::status).sorted().toList());
        assertWinnerStored(created.path("id"), attempts);
    }

    @Test
    void shouldLetExactlyOneOfTenConcurrentWritersWin() throws Exception {
        List<String> editors = List.of(ManageApi.newToken("editor"), ManageApi.newToken("editor"));
        var created = ManagedArticles.create(editors.get(0), content(Fixtures.unique("Ten writers")));
        List<String> writers = IntStream.range(0, 10).mapToObj(i -> editors.get(i % 2)).toList();

        List<Attempt> attempts = raceToReplace(created.path("id"), created.header("ETag"), writers);

        assertEquals(1, attempts.stream().filter(attempt -> attempt.status() == 200).count(), attempts::toString);
        assertEquals(9, attempts.stream().filter(attempt -> attempt.status() == 412).count(), attempts::toString);
        assertWinnerStored(created.path("id"), attempts);
    }

    private record Attempt(String headline, int status, String etag) {
    }

    /** Each writer replaces the headline with its own, all based on the same version. */
    private static List<Attempt> raceToReplace(String id, String etag, List<String> writers) throws Exception {
        return StartGate.race(writers.size(), i -> {
            String headline = Fixtures.unique("Writer " + i);
            Response response = ManageApi.as(writers.get(i)).header("If-Match", etag).body(content(headline))
                    .when().put("/manage/v1/articles/{id}", id);
            return new Attempt(headline, response.statusCode(), response.header("ETag"));
        });
    }

    private static ValidatableResponse current(String id) {
        return ManageApi.asAdmin().when().get("/manage/v1/articles/{id}", id).then().statusCode(200);
    }

    private static void assertWinnerStored(String id, List<Attempt> attempts) {
        Attempt winner = attempts.stream().filter(attempt -> attempt.status() == 200).findFirst().orElseThrow();
        current(id)
                .header("ETag", equalTo(winner.etag()))
                .body("content.headline", equalTo(winner.headline()));
        ManageApi.asAdmin().when().get("/manage/v1/articles/{id}/revisions", id)
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("replace", "create")));
    }
}
