package io.masthead.sync;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The promise of the changes feed, under load: several editors write through the management API at once
 * (creates, edits, publications, scheduled publications that come due during the run, unpublications, archiving,
 * deletions) while a client polls the feed with small pages. At the end the client's copy, replayed from the
 * beginning, is exactly the set of articles published now, at their current versions, and on the way it never
 * received an article version twice or a version older than one it already had.
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {
    private static final int WRITERS = 4;
    private static final int OPERATIONS_PER_WRITER = 30;
    /** Guards against a hung request; never a timing assertion. */
    private static final long HANG_GUARD_SECONDS = 600;

    @Test
    void shouldReplayExactlyThePublishedArticlesWhileEditorsWriteConcurrently() throws Exception {
        CheckingClient summaries = new CheckingClient(new SyncClient());
        CheckingClient fullArticles = new CheckingClient(new SyncClient("article"));
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> readers = List.of(
                    pool.submit(() -> summaries.pollWhile(writing, new Random(1))),
                    pool.submit(() -> fullArticles.pollWhile(writing, new Random(2))));
            List<Future<OffsetDateTime>> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                long seed = 100 + i;
                writers.add(pool.submit(() -> new RandomEditor(new Random(seed)).run(OPERATIONS_PER_WRITER)));
            }
            OffsetDateTime lastScheduled = OffsetDateTime.now();
            for (Future<OffsetDateTime> writer : writers) {
                OffsetDateTime scheduled = writer.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                lastScheduled = scheduled.isAfter(lastScheduled) ? scheduled : lastScheduled;
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            }
            OffsetDateTime due = lastScheduled;
            // Waits for the last scheduled publication to come due, so that the end state is fixed; the comparison
            // below does not depend on how long anything took.
            await().atMost(Duration.ofSeconds(120)).until(() -> OffsetDateTime.now().isAfter(due));
        } finally {
            pool.shutdownNow();
        }

        Map<String, String> publishedNow = settled(summaries);
        assertEquals(publishedNow, summaries.replayed());
        fullArticles.client.catchUp();
        assertEquals(publishedNow, fullArticles.replayed());
        assertTrue(summaries.upserts > WRITERS, "the client saw " + summaries.upserts + " upserts");
    }

    /**
     * Every published article with its last change time, through the delivery API, once the feed has nothing new
     * before and after reading it (other tests' background work may still finish a change).
     */
    private static Map<String, String> settled(CheckingClient client) {
        while (true) {
            client.client.catchUp();
            Map<String, String> published = publishedNow();
            if (client.client.catchUp().isEmpty()) {
                return published;
            }
        }
    }

    private static Map<String, String> publishedNow() {
        Map<String, String> published = new HashMap<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(item -> published.put((String) item.get("id"), (String) item.get("updatedAt")));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return published;
    }

    /** A sync client that checks every record it applies against what it received before. */
    private static final class CheckingClient {
        final SyncClient client;
        private final Set<String> upsertedVersions = new HashSet<>();
        private final Map<String, OffsetDateTime> lastUpsert = new HashMap<>();
        int upserts;

        CheckingClient(SyncClient client) {
            this.client = client;
        }

        void pollWhile(AtomicBoolean writing, Random random) {
            while (writing.get()) {
                check(client.poll(1 + random.nextInt(20)).items());
            }
        }

        Map<String, String> replayed() {
            check(client.catchUp());
            Map<String, String> replayed = new HashMap<>();
            client.copy().forEach((id, article) -> replayed.put(id, (String) article.get("updatedAt")));
            return replayed;
        }

        @SuppressWarnings("unchecked")
        private synchronized void check(List<Map<String, Object>> records) {
            for (Map<String, Object> record : records) {
                if (!"upsert".equals(record.get("type"))) {
                    continue;
                }
                upserts++;
                String id = (String) record.get("id");
                String updatedAt = (String) ((Map<String, Object>) record.get("article")).get("updatedAt");
                assertTrue(upsertedVersions.add(id + "@" + updatedAt), "a second upsert of " + id + " at " + updatedAt);
                OffsetDateTime version = OffsetDateTime.parse(updatedAt);
                OffsetDateTime previous = lastUpsert.put(id, version);
                assertTrue(previous == null || version.isAfter(previous),
                        "article " + id + " went back from " + previous + " to " + version);
            }
        }
    }

    /**
     * One editor's random walk over articles of its own, so that its writes never conflict with another's. It uses
     * an admin key, which may also delete.
     */
    private static final class RandomEditor {
        private final Random random;
        private final List<Tracked> articles = new ArrayList<>();
        private OffsetDateTime lastScheduled = OffsetDateTime.now();

        RandomEditor(Random random) {
            this.random = random;
        }

        /** Runs the operations and returns the latest publication time it scheduled. */
        OffsetDateTime run(int operations) {
            for (int i = 0; i < operations; i++) {
                step();
            }
            return lastScheduled;
        }

        private void step() {
            int roll = random.nextInt(100);
            if (articles.size() < 3 || roll < 25) {
                create(roll);
                return;
            }
            Tracked article = articles.get(random.nextInt(articles.size()));
            if (roll < 45) {
                article.editor.headline(Editor.unique("Edited"));
            } else if (roll < 58) {
                article.editor.publish();
                article.hasPublicationTime = true;
            } else if (roll < 68) {
                article.editor.publishAt(scheduleTime());
                article.hasPublicationTime = true;
            } else if (roll < 80) {
                article.editor.unpublish();
            } else if (roll < 90 && article.hasPublicationTime) {
                article.editor.archive();
            } else if (roll >= 90) {
                article.editor.delete();
                articles.remove(article);
            }
        }

        private void create(int roll) {
            Map<String, Object> content = Editor.content(Editor.unique("Concurrent"));
            boolean publish = roll % 3 != 0;
            if (publish && roll % 2 == 0) {
                content.put("publishedAt", Editor.rfc3339(scheduleTime()));
            }
            articles.add(new Tracked(Editor.create(ManageApi.ADMIN_TOKEN, content, publish), publish));
        }

        private OffsetDateTime scheduleTime() {
            OffsetDateTime at = Editor.inSeconds(0.5 + random.nextDouble() * 2.5);
            lastScheduled = at.isAfter(lastScheduled) ? at : lastScheduled;
            return at;
        }
    }

    private static final class Tracked {
        final Editor editor;
        boolean hasPublicationTime;

        Tracked(Editor editor, boolean hasPublicationTime) {
            this.editor = editor;
            this.hasPublicationTime = hasPublicationTime;
        }
    }
}
