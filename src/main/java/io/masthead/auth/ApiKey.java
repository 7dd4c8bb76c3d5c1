package io.masthead.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public Role role;
    @Column(name = "token_hash")
    public String tokenHash;
    /** The first characters of the token, so that people can tell their keys apart without the secret. */
    @Column(name = "token_prefix")
    public String tokenPrefix;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
