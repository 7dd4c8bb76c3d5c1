package io.masthead.importer;

import static io.masthead.importer.ImportFiles.article;
import static io.masthead.importer.ImportFiles.image;
import static io.masthead.importer.ImportFiles.line;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.importer.ImportJobs.ClaimedJob;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Lines imported together in one transaction: a bad line fails alone, with its line number. */
@QuarkusTest
class ChunkImporterTest {
    @Inject
    ChunkImporter importer;
    @Inject
    ImportJobs jobs;
    @Inject
    ImportLines lines;
    @Inject
    EntityManager entityManager;

    @Test
    void shouldReportALineRefusedInsideAChunkWithItsNumberAndStoreTheOthers() {
        String editor = ManageApi.newToken("editor");
        String slug = Fixtures.unique("chunked");
        UUID orphan = UUID.randomUUID();
        // Line 2 takes the slug line 1 stored a moment before, in the same transaction; its image must go with it.
        Map<String, Object> taken = article(slug + "-1", "Same slug again");
        taken.put("hero", Map.of("mediaId", orphan.toString()));
        List<NdjsonLines.Line> chunk = List.of(
                new NdjsonLines.Line(1, line("published", article(slug + "-1", "First of the chunk"), null, null)),
                new NdjsonLines.Line(2, line("published", taken, List.of(image(orphan, slug)), null)),
                new NdjsonLines.Line(3, line("published", article(slug + "-3", "After the refused one"), null, null)),
                new NdjsonLines.Line(4, "{\"article\": [\"not an object\""),
                new NdjsonLines.Line(5, line(null, article(slug + "-5", "Last, a draft"), null, null)));
        UUID job = heldJob(chunk);

        importer.importChunk(new ClaimedJob(job, "chunk-test"), chunk);

        ManageApi.as(editor).when().get("/manage/v1/import/{id}", job)
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("processed", equalTo(5))
                .body("succeeded", equalTo(3))
                .body("failed", equalTo(2))
                .body("errors.line", contains(2, 4))
                .body("errors[0].errors.pointer", contains("#/article/slug"))
                .body("errors[1].errors.pointer", contains("#"))
                .body("errors[1].errors[0].detail", containsString("is not valid JSON"));
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug + "-1")
                .then().statusCode(200)
                .body("headline", equalTo("First of the chunk"));
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug + "-3")
                .then().statusCode(200)
                .body("headline", equalTo("After the refused one"));
        ManageApi.as(editor).when().get("/manage/v1/media/{id}", orphan).then().statusCode(404);
        assertEquals(List.of("draft"), sql("select status from article where slug = :key", slug + "-5"));
        assertEquals(List.of(1L), sql("select count(*) from article where slug = :key", slug + "-1"));
        assertEquals(List.of(0L), sql("select count(*) from import_line where job_id = :key", job));
    }

    private List<?> sql(String query, Object key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(query)
                .setParameter("key", key).getResultList().stream()
                .map(value -> value instanceof Number number ? (Object) number.longValue() : value)
                .toList());
    }

    /** A running job whose lines wait in the queue, claimed by this test so that no worker takes it. */
    private UUID heldJob(List<NdjsonLines.Line> chunk) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = jobs.startReceiving("chunk-test", OffsetDateTime.now().plusMinutes(1));
            entityManager.flush();
            lines.store(job.id, chunk);
            jobs.queue(job.id, chunk.size());
            job.status = ImportStatus.RUNNING;
            job.startedAt = OffsetDateTime.now();
            job.claimedUntil = OffsetDateTime.now().plusMinutes(5);
            return job.id;
        });
    }
}
