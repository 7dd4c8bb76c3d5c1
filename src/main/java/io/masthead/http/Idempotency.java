package io.masthead.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.masthead.error.Conflict;
import io.masthead.error.InvalidParameter;
import io.masthead.error.Unprocessable;
import io.masthead.http.IdempotencyClaims.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Idempotency-Key for POST. The first request with a key claims it and runs; its response is stored in the same
 * transaction as the resource it describes, so there is never one without the other. A retry with the same key
 * and body gets the stored status and body without running again; the same key with another body gets 422.
 * Requests that arrive while the first is still running wait for its response, so parallel retries create one
 * resource. A claim is leased: when the request holding it died (its instance was killed), a retry takes the key
 * over once the lease lapses and runs the request again. Keys are scoped (to the API key that sent them) and kept
 * for a day.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** How much longer than a lease a retry waits for a running request, so that it outlasts a dead one's claim. */
    private static final Duration WAIT_BEYOND_LEASE = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String[] REPLAYED_HEADERS = {HttpHeaders.LOCATION, HttpHeaders.ETAG};
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final IdempotencyClaims claims;
    private final ObjectMapper mapper;
    private final Duration maxWait;

    Idempotency(IdempotencyClaims claims, ObjectMapper mapper, IdempotencyConfig config) {
        this.claims = claims;
        this.mapper = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.maxWait = config.lease().plus(WAIT_BEYOND_LEASE);
    }

    /** A POST as far as idempotency cares: who sent it, under which key, and what it asked for. */
    public record Request(UUID scope, String key, String method, String path, JsonNode body) {
    }

    /**
     * A write that creates a resource in a transaction of its own and, just before that transaction commits,
     * hands the resource to {@code beforeCommit}. The write may run its transaction more than once (a retried
     * slug race); only the attempt that commits counts.
     */
    @FunctionalInterface
    public interface Write<T> {
        T run(Consumer<T> beforeCommit);
    }

    /** Runs {@code write} once per key and answers with {@code respond} of its result; without a key, just runs it. */
    public <T> Response execute(Request request, Write<T> write, Function<T, Response> respond) {
        if (request.key() == null) {
            return respond.apply(write.run(created -> { }));
        }
        String key = request.key();
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw InvalidParameter.header(HEADER, "Idempotency-Key must be 1 to 200 visible ASCII characters.");
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(request.scope(), key);
        String fingerprint = fingerprint(request);
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            Claim claim = claims.claim(id, fingerprint);
            if (claim.otherRequest()) {
                throw new Unprocessable("This Idempotency-Key was used for a different request; use a new key "
                        + "for a new request.");
            }
            if (claim.finished() != null) {
                return replay(claim.finished());
            }
            if (claim.token() != null) {
                try {
                    return run(id, claim.token(), write, respond);
                } catch (IdempotencyClaims.ClaimLost lost) {
                    // A retry took the key over while this request ran; its response will be the one stored.
                    LOG.debugf("Idempotency-Key claim lost to a retry; waiting for its response");
                }
            }
            if (System.nanoTime() > deadline) {
                throw new Conflict("A request with this Idempotency-Key is still being processed; retry later.");
            }
            pause();
        }
    }

    private <T> Response run(IdempotencyRecord.Key id, UUID token, Write<T> write, Function<T, Response> respond) {
        T created;
        try {
            created = write.run(result -> {
                Response response = respond.apply(result);
                claims.complete(id, token, response.getStatus(), serialize(replayedHeaders(response)),
                        serialize(response.getEntity()));
            });
        } catch (IdempotencyClaims.ClaimLost lost) {
            throw lost;
        } catch (RuntimeException e) {
            claims.release(id, token, e);
            throw e;
        }
        return respond.apply(created);
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

    private String fingerprint(Request request) {
        try {
            Object canonical = request.body() == null ? null : mapper.treeToValue(request.body(), Object.class);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (request.method() + " " + request.path() + "\n" + mapper.writeValueAsString(canonical))
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
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict("Interrupted while waiting for a request with the same Idempotency-Key.");
        }
    }
}
