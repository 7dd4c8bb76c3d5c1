package io.masthead.importer;

import static io.masthead.importer.ImportFiles.article;
import static io.masthead.importer.ImportFiles.awaitEnd;
import static io.masthead.importer.ImportFiles.file;
import static io.masthead.importer.ImportFiles.line;
import static io.masthead.importer.ImportFiles.start;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.article.ArticleChanged;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportWorkerTest {
    @Inject
    ImportJobs jobs;
    @Inject
    ImportLines lines;
    @Inject
    EntityManager entityManager;
    @Inject
    Announcements announcements;

    @Test
    void shouldResumeAJobWhoseWorkerDiedWithoutImportingAnyLineTwice() {
        String editor = ManageApi.newToken("editor");
        String slug = Fixtures.unique("resumed");
        List<NdjsonLines.Line> upload = List.of(
                new NdjsonLines.Line(1, line("published", article(slug + "-1", "Done before the crash"), null, null)),
                new NdjsonLines.Line(2, line("published", article(slug + "-2", "Left over"), null, null)),
                new NdjsonLines.Line(3, line("published", article(slug + "-3", "Left over too"), null, null)));
        // A worker took the job, imported line 1 (which removed it) and died; its claim has lapsed.
        UUID job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob dead = jobs.startReceiving("dead-worker", OffsetDateTime.now().plusMinutes(1));
            entityManager.flush();
            lines.store(dead.id, upload);
            jobs.queue(dead.id, 3);
            dead.status = ImportStatus.RUNNING;
            dead.startedAt = OffsetDateTime.now().minusMinutes(2);
            dead.claimedUntil = OffsetDateTime.now().minusSeconds(1);
            dead.processed = 1;
            dead.succeeded = 1;
            lines.take(dead.id, 1);
            return dead.id;
        });

        awaitEnd(editor, "/manage/v1/import/" + job);

        ManageApi.as(editor).when().get("/manage/v1/import/{id}", job)
                .then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("processed", equalTo(3))
                .body("succeeded", equalTo(3))
                .body("percent", equalTo(100.0f));
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug + "-1").then().statusCode(404);
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug + "-2").then().statusCode(200);
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug + "-3").then().statusCode(200);
    }

    @Test
    void shouldForgetAnUploadThatStoppedArriving() {
        UUID abandoned = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = jobs.startReceiving("gone-client", OffsetDateTime.now().minusSeconds(1));
            entityManager.flush();
            lines.store(job.id, List.of(new NdjsonLines.Line(1, "{}")));
            return job.id;
        });

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew().call(
                        () -> entityManager.find(ImportJob.class, abandoned) == null));
        long leftLines = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from import_line where job_id = :job").setParameter("job", abandoned)
                .getSingleResult()).longValue());
        assertEquals(0, leftLines);
    }

    @Test
    void shouldAnnounceImportedArticlesThatArePublished() {
        String editor = ManageApi.newToken("editor");
        String published = Fixtures.unique("announced");
        String draft = Fixtures.unique("unannounced");

        awaitEnd(editor, start(editor, file(line("published", article(published, "Announced"), null, null),
                line("draft", article(draft, "Not announced"), null, null))));

        List<ArticleChanged> seen = announcements.about(published, draft);
        assertEquals(1, seen.size(), seen::toString);
        assertEquals(ArticleChanged.Type.PUBLISHED, seen.get(0).type());
        assertEquals(published, seen.get(0).slug());
        ManageApi.as(editor).when().get("/manage/v1/articles/{id}", seen.get(0).articleId())
                .then().statusCode(200)
                .body("version", equalTo((int) seen.get(0).version()))
                .body("status", equalTo("published"));
    }

    /** Records what the application announces to observers such as webhooks. */
    @ApplicationScoped
    static class Announcements {
        private final List<ArticleChanged> changes = new CopyOnWriteArrayList<>();

        void record(@Observes ArticleChanged change) {
            changes.add(change);
        }

        List<ArticleChanged> about(String... slugs) {
            List<String> wanted = List.of(slugs);
            return changes.stream().filter(change -> wanted.contains(change.slug())).toList();
        }
    }
}
