package io.masthead.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.masthead.media.Media;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.masthead.testing.SiteFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The site is a singleton shared by the whole run: every test starts without one and removes it afterwards. */
@QuarkusTest
class SiteManagementTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture siteFixture;

    private String editor;

    @BeforeEach
    void startWithoutASite() {
        removeTheSite();
        editor = ManageApi.newToken("editor");
    }

    @AfterEach
    void removeTheSite() {
        siteFixture.remove();
    }

    @Test
    void shouldCreateTheSiteOnlyWithIfNoneMatchStar() {
        Media logo = fixtures.image();
        Map<String, Object> content = site(Fixtures.unique("Ledger"), logo);

        ManageApi.asAdmin().body(content).when().put("/manage/v1/site")
                .then().statusCode(428)
                .body("detail", containsString("If-None-Match: *"));
        ManageApi.asAdmin().header("If-Match", "\"v0\"").body(content).when().put("/manage/v1/site")
                .then().statusCode(412);
        ManageApi.asAdmin().header("If-None-Match", "*").body(content).when().put("/manage/v1/site")
                .then().statusCode(201)
                .header("Location", endsWith("/manage/v1/site"))
                .header("ETag", equalTo("\"v0\""))
                .body("version", equalTo(0))
                .body("content.name", equalTo(content.get("name")))
                .body("content.logoMediaId", equalTo(logo.id.toString()))
                .body("content.editions.language", contains("en", "de"));

        ManageApi.as(editor).when().get("/manage/v1/site")
                .then().statusCode(200)
                .header("ETag", equalTo("\"v0\""))
                .body("content.timeZone", equalTo("Europe/Berlin"));
        given().when().get("/api/v1/site")
                .then().statusCode(200)
                .body("name", equalTo(content.get("name")))
                .body("logo.id", equalTo(logo.id.toString()));
    }

    @Test
    void shouldChangeTheSiteOnlyWithTheCurrentVersion() {
        create(site(Fixtures.unique("Ledger"), null));
        Map<String, Object> changed = site(Fixtures.unique("Renamed Ledger"), null);

        ManageApi.asAdmin().header("If-None-Match", "*").body(changed).when().put("/manage/v1/site")
                .then().statusCode(412)
                .body("detail", containsString("\"v0\""));
        ManageApi.asAdmin().body(changed).when().put("/manage/v1/site")
                .then().statusCode(428);
        ManageApi.asAdmin().header("If-Match", "\"v0\"").body(changed).when().put("/manage/v1/site")
                .then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("content.name", equalTo(changed.get("name")))
                .body("content", not(hasKey("logoMediaId")));
        ManageApi.asAdmin().header("If-Match", "\"v0\"").body(changed).when().put("/manage/v1/site")
                .then().statusCode(412);
    }

    @Test
    void shouldNameEachBadField() {
        Map<String, Object> content = site(Fixtures.unique("Ledger"), fixtures.audio(30));
        content.put("version", 3);
        content.put("timeZone", "Mars/Olympus");

        ManageApi.asAdmin().header("If-None-Match", "*").body(content).when().put("/manage/v1/site")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/version"));
        content.remove("version");
        ManageApi.asAdmin().header("If-None-Match", "*").body(content).when().put("/manage/v1/site")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/timeZone"));
        content.put("timeZone", "Europe/Berlin");
        ManageApi.asAdmin().header("If-None-Match", "*").body(content).when().put("/manage/v1/site")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/logoMediaId"));
        ManageApi.as(editor).when().get("/manage/v1/site")
                .then().statusCode(404);
    }

    @Test
    void shouldLetEditorsReadAndOnlyAdminsChangeTheSite() {
        Map<String, Object> content = site(Fixtures.unique("Ledger"), null);
        ManageApi.as(editor).header("If-None-Match", "*").body(content).when().put("/manage/v1/site")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/manage/v1/site")
                .then().statusCode(401);
        create(content);
        ManageApi.as(editor).when().get("/manage/v1/site")
                .then().statusCode(200);
    }

    private static void create(Map<String, Object> content) {
        ManageApi.asAdmin().header("If-None-Match", "*").body(content).when().put("/manage/v1/site")
                .then().statusCode(201);
    }

    private static Map<String, Object> site(String name, Media logo) {
        Map<String, Object> content = new HashMap<>();
        content.put("name", name);
        if (logo != null) {
            content.put("logoMediaId", logo.id.toString());
        }
        content.put("defaultLanguage", "en");
        content.put("timeZone", "Europe/Berlin");
        content.put("baseUrl", "https://news.test.example");
        content.put("editions", List.of(
                Map.of("language", "en", "name", "Test News", "baseUrl", "https://news.test.example/en"),
                Map.of("language", "de", "name", "Testnachrichten", "baseUrl", "https://news.test.example/de")));
        return content;
    }
}
