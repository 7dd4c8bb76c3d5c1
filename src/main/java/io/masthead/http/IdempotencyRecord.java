package io.masthead.http;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A POST made with an Idempotency-Key, and once it has finished, the response to replay. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {
    @Id
    @Column(name = "api_key_id")
    public UUID apiKeyId;
    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** The attempt that holds the claim while no response is stored. */
    @Column(name = "claim_token")
    public UUID claimToken;
    /** When the claim lapses, so that a retry may take over from a request that died. */
    @Column(name = "leased_until")
    public OffsetDateTime leasedUntil;
    /** Null while the first request is still running. */
    public Integer status;
    /** The replayed headers (Location, ETag) as JSON. */
    public String headers;
    public String body;

    public record Key(UUID apiKeyId, String idempotencyKey) implements Serializable {
    }
}
