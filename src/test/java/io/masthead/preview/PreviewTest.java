package io.masthead.preview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;

import io.masthead.article.Article;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PreviewTest {
    @Inject
    Fixtures fixtures;
    @Inject
    PreviewTokens tokens;

    @Test
    void shouldShowADraftThroughAPreviewLinkAndNowhereElse() {
        Article draft = fixtures.article().draft().create();
        String token = ManageApi.as(ManageApi.newToken("editor"))
                .when().post("/manage/v1/articles/{id}/preview", draft.id)
                .then().statusCode(200)
                .body("expiresAt", org.hamcrest.Matchers.notNullValue())
                .extract().path("token");

        given().header("Masthead-Preview", token).when().get("/api/v1/preview")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("X-Robots-Tag", equalTo("noindex"))
                .header("ETag", org.hamcrest.Matchers.nullValue())
                .body("id", equalTo(draft.id.toString()))
                .body("headline", equalTo(draft.headline))
                .body("$", not(org.hamcrest.Matchers.hasKey("publishedAt")));
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", draft.slug)
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseAForgedToken() {
        Article draft = fixtures.article().draft().create();
        String token = tokens.issue(draft.id, Instant.now().plusSeconds(600));
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        Article other = fixtures.article().draft().create();
        String otherToken = tokens.issue(other.id, Instant.now().plusSeconds(600));
        String swapped = otherToken.substring(0, otherToken.indexOf('.')) + token.substring(token.indexOf('.'));

        for (String bad : new String[] {forged, swapped, "not-a-token", "a.b"}) {
            given().header("Masthead-Preview", bad).when().get("/api/v1/preview")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://masthead.io/problems/forbidden"))
                    .body("detail", containsString("not valid or has expired"))
                    .body(not(containsString(draft.headline)));
        }
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        Article draft = fixtures.article().draft().create();
        String expired = tokens.issue(draft.id, Instant.now().minusSeconds(1));

        given().header("Masthead-Preview", expired).when().get("/api/v1/preview")
                .then().statusCode(403)
                .body(not(containsString(draft.headline)));
    }

    @Test
    void shouldRefuseARequestWithoutAToken() {
        given().when().get("/api/v1/preview")
                .then().statusCode(403)
                .body("detail", equalTo("Send the token of a preview link in the Masthead-Preview header."));
    }

    @Test
    void shouldNeedAnEditorKeyToCreateALink() {
        Article draft = fixtures.article().draft().create();

        given().when().post("/manage/v1/articles/{id}/preview", draft.id)
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        ManageApi.asAdmin().when().post("/manage/v1/articles/{id}/preview", UUID.randomUUID())
                .then().statusCode(404);
    }
}
