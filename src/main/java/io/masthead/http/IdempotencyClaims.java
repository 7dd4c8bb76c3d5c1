package io.masthead.http;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The stored side of {@link Idempotency}: claims on keys, their leases and the responses they end with. Each
 * claim attempt holds a random token, so that a request whose claim was taken over can no longer store anything.
 */
@ApplicationScoped
class IdempotencyClaims {
    static final Duration RETENTION = Duration.ofHours(24);

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration lease;

    IdempotencyClaims(EntityManager entityManager, Clock clock, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.lease = config.lease();
    }

    /**
     * What a request finds for its key: a different request's fingerprint, a finished response to replay, a claim
     * of its own ({@code token}), or none of these while another request holds a live claim.
     */
    record Claim(boolean otherRequest, IdempotencyRecord finished, UUID token) {
        static Claim held(UUID token) {
            return new Claim(false, null, token);
        }

        static Claim heldElsewhere() {
            return new Claim(false, null, null);
        }
    }

    /** Thrown inside the writing transaction when the claim went to a retry meanwhile; it rolls the write back. */
    static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super("The Idempotency-Key claim was taken over", null, false, false);
        }
    }

    Claim claim(IdempotencyRecord.Key id, String fingerprint) {
        IdempotencyRecord existing = QuarkusTransaction.requiringNew().call(() -> current(id));
        if (existing == null) {
            UUID token = UUID.randomUUID();
            return insert(id, fingerprint, token) ? Claim.held(token) : Claim.heldElsewhere();
        }
        if (!existing.requestHash.equals(fingerprint)) {
            return new Claim(true, null, null);
        }
        if (existing.status != null) {
            return new Claim(false, existing, null);
        }
        if (existing.leasedUntil == null || existing.leasedUntil.isBefore(OffsetDateTime.now(clock))) {
            UUID token = UUID.randomUUID();
            return takeOver(id, token) ? Claim.held(token) : Claim.heldElsewhere();
        }
        return Claim.heldElsewhere();
    }

    /**
     * Stores the response in the transaction that created the resource. When the claim is no longer this
     * request's, nothing may commit: {@link ClaimLost} rolls the transaction back.
     */
    void complete(IdempotencyRecord.Key id, UUID token, int status, String headers, String body) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("An idempotent response is stored in the transaction of its resource");
        }
        int stored = entityManager.createQuery("update IdempotencyRecord r set r.status = :status,"
                        + " r.headers = :headers, r.body = :body, r.claimToken = null, r.leasedUntil = null"
                        + " where r.apiKeyId = :scope and r.idempotencyKey = :key and r.claimToken = :token"
                        + " and r.status is null")
                .setParameter("status", status)
                .setParameter("headers", headers)
                .setParameter("body", body)
                .setParameter("scope", id.apiKeyId())
                .setParameter("key", id.idempotencyKey())
                .setParameter("token", token)
                .executeUpdate();
        if (stored != 1) {
            throw new ClaimLost();
        }
    }

    /** Frees the key after a request failed, so that a retry runs it again at once rather than after the lease. */
    void release(IdempotencyRecord.Key id, UUID token, RuntimeException failure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("delete from IdempotencyRecord r"
                            + " where r.apiKeyId = :scope and r.idempotencyKey = :key and r.claimToken = :token"
                            + " and r.status is null")
                    .setParameter("scope", id.apiKeyId())
                    .setParameter("key", id.idempotencyKey())
                    .setParameter("token", token)
                    .executeUpdate());
        } catch (RuntimeException e) {
            // The lease frees the key later; the client needs to hear about the first failure, not this one.
            failure.addSuppressed(e);
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

    /** Inserts the claim; false when another request inserted one first. */
    private boolean insert(IdempotencyRecord.Key id, String fingerprint, UUID token) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                IdempotencyRecord record = new IdempotencyRecord();
                record.apiKeyId = id.apiKeyId();
                record.idempotencyKey = id.idempotencyKey();
                record.requestHash = fingerprint;
                record.createdAt = OffsetDateTime.now(clock);
                record.claimToken = token;
                record.leasedUntil = record.createdAt.plus(lease);
                entityManager.persist(record);
            });
            return true;
        } catch (PersistenceException | QuarkusTransactionException e) {
            return false;
        }
    }

    /** Takes over a claim whose lease lapsed; false when another retry was faster or the request finished. */
    private boolean takeOver(IdempotencyRecord.Key id, UUID token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("update IdempotencyRecord r"
                            + " set r.claimToken = :token, r.leasedUntil = :until where r.apiKeyId = :scope"
                            + " and r.idempotencyKey = :key and r.status is null"
                            + " and (r.leasedUntil is null or r.leasedUntil < :now)")
                    .setParameter("token", token)
                    .setParameter("until", now.plus(lease))
                    .setParameter("scope", id.apiKeyId())
                    .setParameter("key", id.idempotencyKey())
                    .setParameter("now", now)
                    .executeUpdate()) == 1;
        } catch (PersistenceException | QuarkusTransactionException e) {
            return false;
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
