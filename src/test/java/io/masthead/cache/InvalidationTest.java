package io.masthead.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an invalidation removes, and how it travels between instances. */
class InvalidationTest {
    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void shouldRemoveThePagesThatShowTheArticleAndEveryCollection() {
        Invalidation change = Invalidation.ofArticle("article:a", "translations:g", "harbour-deal", null);

        assertTrue(change.removes(document("/api/v1/articles/other", "article:a")));
        assertTrue(change.removes(document("/api/v1/articles/sibling", "article:b", "translations:g")));
        assertTrue(change.removes(document("/api/v1/articles/harbour-deal", "article:c")));
        assertTrue(change.removes(document("/api/v1/articles/harbour-deal.jsonld", "article:c")));
        assertTrue(change.removes(response("/api/v1/tags/shipping", true, "tag:t")));
        assertFalse(change.removes(document("/api/v1/articles/harbour-deal-two", "article:d")));
        assertFalse(change.removes(document("/api/v1/media/m", "media:m")));
    }

    @Test
    void shouldTravelAsTextAndComeBackTheSame() {
        Invalidation change = Invalidation.ofArticle("article:a", "translations:g", "harbour-deal", NOON);

        assertEquals(change, Invalidation.decode(change.encode()));
        assertEquals(Invalidation.EVERYTHING, Invalidation.decode(Invalidation.EVERYTHING.encode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tnot-a-number", "x?", "*"})
    void shouldRemoveEverythingWhenANotificationCannotBeRead(String text) {
        assertTrue(Invalidation.decode(text).everything());
    }

    @Test
    void shouldKeepTheEarliestScheduledPublicationWhenCombined() {
        Invalidation later = Invalidation.ofArticle("article:a", null, "a", NOON.plusSeconds(60));
        Invalidation sooner = Invalidation.ofArticle("article:b", null, "b", NOON);

        Invalidation both = later.and(sooner).and(Invalidation.EVERYTHING);

        assertTrue(both.everything());
        assertEquals(NOON, both.earliestScheduled());
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/articles, true", "/api/v1/articles/harbour-deal, false", "/api/v1/articles/id/x.jsonld, false",
            "/api/v1/articles/harbour-deal/related, true", "/api/v1/tags, true", "/api/v1/changes, true",
            "/api/v1/feeds/rss, true", "/api/v1/site, false", "/api/v1/media/m, false", "/api/v1, false"})
    void shouldTellDocumentsFromCollections(String path, boolean collection) {
        assertEquals(collection, DeliveryRoutes.collection(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/preview", "/api/v1/preview/token", "/manage/v1/articles", "/q/health"})
    void shouldNeverKeepPreviewsOrAnythingOutsideTheDeliveryApi(String path) {
        assertFalse(DeliveryRoutes.cacheable(path));
    }

    private static CachedResponse document(String path, String... keys) {
        return response(path, false, keys);
    }

    private static CachedResponse response(String path, boolean collection, String... keys) {
        return new CachedResponse(new byte[0], "application/json", true, "tag", null, List.<Map.Entry<String, String>>of(),
                Set.of(keys), path, collection);
    }
}
