package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.article.ArticleManagementService;
import io.masthead.article.ManagedArticle;
import io.masthead.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The stored response of an idempotent create commits with the resource, or neither commits. */
@QuarkusTest
class IdempotentWriteTest {
    @Inject
    Idempotency idempotency;
    @Inject
    ArticleManagementService articles;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper mapper;

    @Test
    void shouldRollTheResourceBackWhenItsClaimWentToARetryMeanwhile() {
        String headline = Fixtures.unique("Overtaken");
        JsonNode body = mapper.valueToTree(Map.of("language", "en", "headline", headline,
                "blocks", List.of(Map.of("type", "paragraph", "html", "Text"))));
        String key = Fixtures.unique("overtaken");
        AtomicInteger runs = new AtomicInteger();

        Idempotency.Request request = new Idempotency.Request(UUID.randomUUID(), key, "POST", "/test", body);
        Response response = idempotency.<ManagedArticle>execute(request,
                beforeCommit -> articles.create(body, false, "test", created -> {
                    if (runs.incrementAndGet() == 1) {
                        // A retry takes the key over while the first run is about to commit; its lease is short,
                        // and as it never finishes, the first request takes the key back once it lapses.
                        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                                        "update idempotency_record set claim_token = :thief, leased_until = :until"
                                                + " where idempotency_key = :key")
                                .setParameter("thief", UUID.randomUUID())
                                .setParameter("until", OffsetDateTime.now().plusSeconds(1))
                                .setParameter("key", key)
                                .executeUpdate());
                    }
                    beforeCommit.accept(created);
                }),
                created -> Preconditions.created("/manage/v1/articles/" + created.id(), created));

        assertEquals(201, response.getStatus());
        assertEquals(2, runs.get(), "the write ran again after taking the lapsed claim back");
        UUID id = ((ManagedArticle) response.getEntity()).id();
        assertEquals(List.of(id), QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select a.id from Article a where a.headline = :headline", UUID.class)
                .setParameter("headline", headline)
                .getResultList()), "the run that lost its claim left no article behind");
        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select status, body, claim_token from idempotency_record"
                        + " where idempotency_key = :key")
                .setParameter("key", key)
                .getSingleResult());
        assertEquals(201, ((Number) stored[0]).intValue());
        assertEquals(id.toString(), mapper.valueToTree(readJson((String) stored[1])).path("id").asText());
        assertNull(stored[2]);
    }

    @Test
    void shouldStoreNothingWhenTheWriteFails() {
        String key = Fixtures.unique("failing");
        JsonNode invalid = mapper.valueToTree(Map.of("language", "en"));

        try {
            idempotency.<ManagedArticle>execute(
                    new Idempotency.Request(UUID.randomUUID(), key, "POST", "/test", invalid),
                    beforeCommit -> articles.create(invalid, false, "test", beforeCommit),
                    created -> Preconditions.created("/manage/v1/articles/" + created.id(), created));
        } catch (RuntimeException expected) {
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select count(r) from IdempotencyRecord r where r.idempotencyKey = :key", Long.class)
                    .setParameter("key", key)
                    .getSingleResult()), "a failed request frees its key for a retry");
            return;
        }
        throw new AssertionError("an article without a headline must not be created");
    }

    private JsonNode readJson(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
