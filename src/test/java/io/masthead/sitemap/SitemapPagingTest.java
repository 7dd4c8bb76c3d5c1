package io.masthead.sitemap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.masthead.testing.XmlDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Splitting a month into files, with two URLs per file, and naming the files at the public site's sitemap URL.
 * The pages are stable: publishing an article in another month leaves this month's files as they were.
 */
@QuarkusTest
@TestProfile(SitemapPagingTest.SmallFiles.class)
class SitemapPagingTest {
    static final String PUBLIC_BASE = "https://news.test.example/sitemaps";

    public static class SmallFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.sitemaps.urls-per-file", "2", "masthead.sitemaps.public-base-url", PUBLIC_BASE);
        }
    }

    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;

    @AfterEach
    void removeTheSite() {
        site.remove();
    }

    @Test
    void shouldSplitAMonthIntoFilesOfAtMostTheConfiguredSizeInPublicationOrder() {
        site.save(Fixtures.unique("Ledger"), null);
        YearMonth month = SitemapTest.randomMonth(1960, 1990);
        List<Article> articles = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            articles.add(fixtures.article().publishedAt(at(month, day)).create());
        }

        String index = given().when().get("/api/v1/sitemaps/index.xml").then().statusCode(200).extract().asString();
        List<String> locs = XmlDocuments.texts(XmlDocuments.validSiteIndex(index), XmlDocuments.SITEMAP_NS, "loc");
        String file = PUBLIC_BASE + "/articles/" + month + ".xml";
        assertTrue(locs.containsAll(List.of(file, file + "?page=2", file + "?page=3")), locs.toString());
        assertTrue(locs.contains(PUBLIC_BASE + "/news.xml"), locs.toString());

        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            pages.addAll(page(month, page));
        }
        assertEquals(articles.stream().map(a -> SitemapTest.urlOf(a, SiteFixture.EN_HOME)).toList(), pages);
        given().queryParam("page", 4).when().get("/api/v1/sitemaps/articles/{month}.xml", month.toString())
                .then().statusCode(404);

        fixtures.article().publishedAt(at(month.minusMonths(1), 28)).create();
        assertEquals(pages.subList(0, 2), page(month, 1), "a publication elsewhere moved nothing");
    }

    private static List<String> page(YearMonth month, int page) {
        String xml = given().queryParam("page", page).when().get("/api/v1/sitemaps/articles/{month}.xml", month.toString())
                .then().statusCode(200).extract().asString();
        List<String> urls = XmlDocuments.texts(XmlDocuments.validSitemap(xml), XmlDocuments.SITEMAP_NS, "loc");
        assertTrue(urls.size() <= 2, urls.toString());
        return urls;
    }

    private static OffsetDateTime at(YearMonth month, int day) {
        return month.atDay(day).atTime(10, 0).atOffset(ZoneOffset.UTC);
    }
}
