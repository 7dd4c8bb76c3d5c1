package io.masthead.feed;

import static io.restassured.RestAssured.given;

import io.masthead.article.Article;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedProbeTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;

    @Test
    void probe() {
        site.save("Probe", fixtures.image());
        Article a = fixtures.article().audio(fixtures.audio(90)).tags(fixtures.tag()).create();
        for (String f : new String[] {"rss", "atom", "json"}) {
            var r = given().queryParam("content", "full").queryParam("limit", 1).when().get("/api/v1/feeds/" + f);
            System.out.println("PROBE " + f + " " + r.statusCode() + " " + r.headers() + "\n" + r.asString());
        }
        site.remove();
    }
}
