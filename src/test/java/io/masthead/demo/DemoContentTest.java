package io.masthead.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.body.BlockType;
import io.masthead.site.Site;
import io.masthead.sync.ChangeKind;
import io.masthead.sync.ChangeRecord;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Loads the demo publication that ./mvnw quarkus:dev serves, through the real writers, and checks it is the
 * publication the README promises. The transaction is rolled back, so other tests never see it.
 */
@QuarkusTest
class DemoContentTest {
    @Inject
    DemoContentLoader loader;
    @Inject
    UserTransaction transaction;
    @Inject
    EntityManager entityManager;

    @Test
    void shouldLoadADemoPublicationThatShowsTheWholeModel() throws Exception {
        transaction.begin();
        try {
            List<Article> demo = loader.load();
            Instant now = Instant.now();
            List<Article> visible = demo.stream()
                    .filter(a -> a.status == ArticleStatus.PUBLISHED && !a.publishedAt.instant.isAfter(now))
                    .toList();

            Map<String, Long> visibleByLanguage = visible.stream()
                    .collect(Collectors.groupingBy(a -> a.language, Collectors.counting()));
            assertTrue(visible.size() >= 12, "published articles: " + visible.size());
            assertTrue(visibleByLanguage.getOrDefault("de", 0L) >= 4, "German: " + visibleByLanguage);
            assertTrue(visibleByLanguage.getOrDefault("en", 0L) >= 4, "English: " + visibleByLanguage);
            for (Article article : visible) {
                assertNotNull(article.heroMedia, article.slug + " has a hero");
                assertNotNull(article.heroMedia.altText, article.slug + " hero alt text");
                assertNotNull(article.heroMedia.caption, article.slug + " hero caption");
                assertNotNull(article.heroMedia.credit, article.slug + " hero credit");
                assertTrue(article.blocks.size() >= 4, article.slug + " has 4+ blocks");
                assertTrue(article.blocks.stream().anyMatch(b -> b.type == BlockType.QUOTE
                        && b.person != null && b.role != null), article.slug + " quotes a person with a role");
                assertTrue(article.tags.size() >= 3, article.slug + " has 3+ tags");
                assertTrue(article.wordCount > 0 && article.readingTimeMinutes > 0, article.slug + " stats");
            }
            assertTrue(visible.stream().anyMatch(a -> a.audioMedia != null && a.audioMedia.durationSeconds != null),
                    "an article with audio");
            assertTrue(visible.stream().collect(Collectors.groupingBy(a -> a.translationGroupId)).values().stream()
                    .anyMatch(group -> group.size() > 1), "articles linked as translations");
            assertTrue(demo.stream().anyMatch(a -> a.status == ArticleStatus.DRAFT), "a draft");
            assertTrue(demo.stream().anyMatch(a -> a.status == ArticleStatus.PUBLISHED
                    && a.publishedAt.instant.isAfter(now)), "a scheduled article");

            assertSyncedAsPublished(demo, now);

            Site site = Site.findById(Site.SINGLETON_ID);
            assertNotNull(site.logo, "site logo");
            assertEquals(List.of("en", "de"), site.editions.stream().map(e -> e.language).toList());
            assertFalse(site.name.isBlank());
        } finally {
            transaction.rollback();
        }
    }

    /**
     * The changes feed knows the demo publication as it knows any other content: an upsert for every published
     * article, one at its publication time for the scheduled article, nothing for drafts and archived ones.
     */
    private void assertSyncedAsPublished(List<Article> demo, Instant now) {
        Map<UUID, List<ChangeRecord>> rows = entityManager.createQuery(
                        "select c from ChangeRecord c where c.articleId in :ids", ChangeRecord.class)
                .setParameter("ids", demo.stream().map(a -> a.id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(row -> row.articleId));
        for (Article article : demo) {
            List<ChangeRecord> synced = rows.getOrDefault(article.id, List.of());
            if (article.status != ArticleStatus.PUBLISHED) {
                assertEquals(List.of(), synced, article.slug + " is not synced");
                continue;
            }
            assertEquals(1, synced.size(), article.slug + " is synced once");
            assertEquals(ChangeKind.UPSERT, synced.get(0).kind);
            if (article.publishedAt.instant.isAfter(now)) {
                assertEquals(article.publishedAt.instant, synced.get(0).position, article.slug + " syncs when due");
            } else {
                assertFalse(synced.get(0).position.isBefore(article.publishedAt.instant), article.slug);
            }
        }
    }
}
