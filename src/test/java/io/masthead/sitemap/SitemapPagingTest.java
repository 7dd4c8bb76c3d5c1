package io.masthead.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.error.NotFound;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.masthead.testing.XmlDocuments;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Splitting a month into files, here of two URLs each (the service takes the size that the resource reads from
 * {@code masthead.sitemaps.urls-per-file}), and naming the files below a public sitemap URL. The pages are stable:
 * publishing an article in another month leaves this month's files as they were.
 */
@QuarkusTest
class SitemapPagingTest {
    static final String PUBLIC_BASE = "https://news.test.example/sitemaps";
    static final int URLS_PER_FILE = 2;

    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;
    @Inject
    SitemapService sitemaps;

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

        String index = new String(SitemapXml.index(sitemaps.index(PUBLIC_BASE, URLS_PER_FILE)), StandardCharsets.UTF_8);
        List<String> locs = XmlDocuments.texts(XmlDocuments.validSiteIndex(index), XmlDocuments.SITEMAP_NS, "loc");
        String file = PUBLIC_BASE + "/articles/" + month + ".xml";
        assertTrue(locs.containsAll(List.of(file, file + "?page=2", file + "?page=3")), locs.toString());
        assertTrue(!locs.contains(file + "?page=4"), locs.toString());
        assertEquals(PUBLIC_BASE + "/news.xml", locs.get(locs.size() - 1));

        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            pages.addAll(page(month, page));
        }
        assertEquals(articles.stream().map(a -> SitemapTest.urlOf(a, SiteFixture.EN_HOME)).toList(), pages);
        assertThrows(NotFound.class, () -> sitemaps.month(month, 4, URLS_PER_FILE));

        fixtures.article().publishedAt(at(month.plusMonths(1), 1)).create();
        assertEquals(pages.subList(0, 2), page(month, 1), "a publication elsewhere moved nothing");
    }

    private List<String> page(YearMonth month, int page) {
        String xml = new String(SitemapXml.urls(sitemaps.month(month, page, URLS_PER_FILE)), StandardCharsets.UTF_8);
        List<String> urls = XmlDocuments.texts(XmlDocuments.validSitemap(xml), XmlDocuments.SITEMAP_NS, "loc");
        assertTrue(urls.size() <= URLS_PER_FILE, urls.toString());
        return urls;
    }

    private static OffsetDateTime at(YearMonth month, int day) {
        return month.atDay(day).atTime(10, 0).atOffset(ZoneOffset.UTC);
    }
}
