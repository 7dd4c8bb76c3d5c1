package io.masthead.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    /** The key with this token, unless it has been revoked. Read on every request, so revocation is immediate. */
    public Optional<ApiKey> findActiveByToken(String token) {
        return find("tokenHash = ?1 and revokedAt is null", Tokens.hash(token)).firstResultOptional();
    }

    public Optional<ApiKey> findByToken(String token) {
        return find("tokenHash", Tokens.hash(token)).firstResultOptional();
    }
}
