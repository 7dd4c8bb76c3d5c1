package io.masthead.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.masthead.error.Conflict;
import io.masthead.error.InvalidParameter;
import io.masthead.error.Unprocessable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Idempotency-Key for POST. The first request with a key runs and its response is stored; a retry with the same
 * key and body gets the same status and body without running again; the same key with another body gets 422.
 * Requests that arrive while the first is still running wait for its response, so parallel retries create one
 * resource. Keys are scoped (to the API key that sent them) and kept for a day.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final Duration RETENTION = Duration.ofHours(24);
    static final Duration MAX_WAIT = Duration.ofSeconds(15);
    private static final String[] REPLAYED_HEADERS = {HttpHeaders.LOCATION, HttpHeaders.ETAG};

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Clock clock;

    Idempotency(EntityManager entityManager, ObjectMapper mapper, Clock clock) {
        this.entityManager = entityManager;
        this.mapper = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.clock = clock;
    }

    /** Runs {@code action} once per key; without a key, simply runs it. */
    public Response execute(UUID scope, String key, String method, String path, JsonNode body,
                            Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw InvalidParameter.header(HEADER, "Idempotency-Key must be 1 to 200 visible ASCII characters.");
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(scope, key);
        String fingerprint = fingerprint(method, path, body);
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            IdempotencyRecord existing = QuarkusTransaction.requiringNew().call(() -> current(id));
            if (existing == null && claim(id, fingerprint)) {
                return runAndStore(id, action);
            }
            if (existing != null) {
                if (!existing.requestHash.equals(fingerprint)) {
                    throw new Unprocessable("This Idempotency-Key was used for a different request; use a new key "
                            + "for a new request.");
                }
                if (existing.status != null) {
                    return replay(existing);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new Conflict("A request with this Idempotency-Key is still being processed; retry later.");
            }
            pause();
        }
    }

    private IdempotencyRecord current(IdempotencyRecord.Key id) {
        IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, id);
        if (record != null && record.createdAt.isBefore(OffsetDateTime.now(clock).minus(RETENTION))) {
            entityManager.remove(record);
            entityManager.flush();
            return null;
        }
        return record;
    }

    /** Inserts the in-progress record; false when another request claimed the key first. */
    private boolean claim(IdempotencyRecord.Key id, String fingerprint) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                IdempotencyRecord record = new IdempotencyRecord();
                record.apiKeyId = id.apiKeyId();
                record.idempotencyKey = id.idempotencyKey();
                record.requestHash = fingerprint;
                record.createdAt = OffsetDateTime.now(clock);
                entityManager.persist(record);
            });
            return true;
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException e) {
            return false;
        }
    }

    private Response runAndStore(IdempotencyRecord.Key id, Supplier<Response> action) {
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> {
                IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, id);
                if (record != null) {
                    entityManager.remove(record);
                }
            });
            throw e;
        }
        String body = serialize(response.getEntity());
        String headers = serialize(replayedHeaders(response));
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, id);
            record.status = response.getStatus();
            record.headers = headers;
            record.body = body;
        });
        return response;
    }

    private Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder replay = Response.status(record.status)
                .entity(record.body == null ? null : record.body.getBytes(StandardCharsets.UTF_8))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(REPLAYED, "true");
        try {
            Map<String, String> headers = mapper.readValue(record.headers, new TypeReference<>() { });
            headers.forEach(replay::header);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return replay.build();
    }

    private static Map<String, String> replayedHeaders(Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private String fingerprint(String method, String path, JsonNode body) {
        try {
            Object canonical = body == null ? null : mapper.treeToValue(body, Object.class);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (method + " " + path + "\n" + mapper.writeValueAsString(canonical))
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String serialize(Object value) {
        try {
            return value == null ? null : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict("Interrupted while waiting for a request with the same Idempotency-Key.");
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    void forgetExpired() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now(clock).minus(RETENTION))
                .executeUpdate());
    }
}
