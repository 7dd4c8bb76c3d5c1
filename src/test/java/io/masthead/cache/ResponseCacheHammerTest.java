package io.masthead.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.testing.Fixtures;
import io.masthead.testing.StatementCount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

/**
 * Readers hammer an article and its tag's list while an editor retitles it, writes a draft under the same tag,
 * schedules another article and finally unpublishes the first. No read may show what readers could not see at
 * that moment: no draft ever, no headline older than the last one whose write had answered before the read began,
 * nothing scheduled before its time, and the article no longer once its unpublication answered.
 */
@QuarkusTest
class ResponseCacheHammerTest {
    private static final int EDITS = 30;
    private static final int READERS = 4;

    @Test
    void shouldNeverServeWhatWasNotVisibleAtThatMoment() throws Exception {
        String tag = Editorial.tag(Fixtures.unique("hammered"), "Hammered").path("content.slug");
        String slug = Fixtures.unique("hammered");
        ExtractableResponse<Response> article = Editorial.publish(Editorial.draft(slug, List.of(tag)), null);
        String scheduledSlug = Fixtures.unique("hammer-scheduled");
        String draftSlug = Fixtures.unique("hammer-draft");

        // acknowledged[n]: when the write of headline n had answered (0 while it has not).
        AtomicLongArray acknowledged = new AtomicLongArray(EDITS + 1);
        AtomicLong unpublishing = new AtomicLong(Long.MAX_VALUE);
        AtomicLong unpublishedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong certainlyVisibleFrom = new AtomicLong(Long.MAX_VALUE);
        AtomicLong scheduledTime = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger reads = new AtomicInteger();
        Queue<String> violations = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        Future<?> editor = pool.submit(() -> {
            ExtractableResponse<Response> current = Editorial.retitle(article, headline(0));
            acknowledged.set(0, System.nanoTime());
            for (int n = 1; n <= EDITS; n++) {
                current = Editorial.retitle(current, headline(n));
                acknowledged.set(n, System.nanoTime());
                if (n == EDITS / 3) {
                    Editorial.draft(draftSlug, List.of(tag));
                }
                if (n == EDITS / 2) {
                    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1)
                            .truncatedTo(ChronoUnit.SECONDS);
                    scheduledTime.set(at.toInstant().toEpochMilli());
                    Editorial.publish(Editorial.draft(scheduledSlug, List.of(tag)),
                            at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                    // Due at its time, or when the scheduling answered if that was later (a slow write).
                    certainlyVisibleFrom.set(Math.max(at.toInstant().toEpochMilli(), System.currentTimeMillis()));
                }
            }
            unpublishing.set(System.nanoTime());
            Editorial.unpublish(current);
            unpublishedAt.set(System.nanoTime());
            return null;
        });
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            readers.add(pool.submit(() -> {
                while (!editor.isDone() || reads.get() < 200) {
                    long start = System.nanoTime();
                    long startMillis = System.currentTimeMillis();
                    Response detail = given().queryParam("lang", "en")
                            .when().get("/api/v1/articles/{slug}", slug).andReturn();
                    check(detail.statusCode() == 200 ? detail.path("headline") : null, start, acknowledged,
                            unpublishing.get(), unpublishedAt.get(), "detail", violations);
                    Response list = given().queryParam("tag", tag).queryParam("limit", 50)
                            .when().get("/api/v1/articles").andReturn();
                    List<String> slugs = list.path("items.slug");
                    List<String> headlines = list.path("items.headline");
                    int at = slugs.indexOf(slug);
                    check(at < 0 ? null : headlines.get(at), start, acknowledged, unpublishing.get(),
                            unpublishedAt.get(), "list", violations);
                    if (slugs.contains(draftSlug)) {
                        violations.add("the list showed the draft");
                    }
                    long endMillis = System.currentTimeMillis();
                    if (slugs.contains(scheduledSlug) && endMillis < scheduledTime.get()) {
                        violations.add("the list showed the scheduled article before its time");
                    }
                    long due = certainlyVisibleFrom.get();
                    if (due != Long.MAX_VALUE && !slugs.contains(scheduledSlug) && startMillis > due) {
                        violations.add("the list did not show the scheduled article "
                                + (startMillis - due) + " ms after its time (" + (list.header(
                                        StatementCount.HEADER) == null ? "cached" : "rendered") + ": " + slugs + ")");
                    }
                    reads.incrementAndGet();
                }
                return null;
            }));
        }
        editor.get(120, TimeUnit.SECONDS);
        for (Future<?> reader : readers) {
            reader.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertTrue(reads.get() >= 200, "only " + reads.get() + " reads");
        assertEquals(List.of(), List.copyOf(violations).stream().distinct().toList());
    }

    private static String headline(int n) {
        return "Hammered headline " + n;
    }

    /**
     * A read that began after the unpublication answered must not show the article, and one that ended before it
     * began must; one that shows it must show a headline at least as new as the newest whose write had answered
     * before the read began.
     */
    private static void check(String shown, long start, AtomicLongArray acknowledged, long unpublishing,
                              long unpublishedAt, String where, Queue<String> violations) {
        if (start > unpublishedAt) {
            if (shown != null) {
                violations.add(where + " showed the article after its unpublication answered");
            }
            return;
        }
        int newest = -1;
        for (int n = 0; n < acknowledged.length(); n++) {
            long at = acknowledged.get(n);
            if (at != 0 && at < start) {
                newest = n;
            }
        }
        if (shown == null) {
            if (newest >= 0 && System.nanoTime() < unpublishing) {
                violations.add(where + " did not show the published article");
            }
            return;
        }
        if (newest >= 0 && shown.startsWith("Hammered headline ")
                && Integer.parseInt(shown.substring("Hammered headline ".length())) < newest) {
            violations.add(where + " showed \"" + shown + "\" after headline " + newest + " had been written");
        }
        if (newest >= 0 && !shown.startsWith("Hammered headline ")) {
            violations.add(where + " showed \"" + shown + "\" after headline " + newest + " had been written");
        }
    }
}
