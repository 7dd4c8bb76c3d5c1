package io.masthead.auth;

import io.masthead.error.NotFound;
import io.masthead.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ApiKeyService {
    private final ApiKeyRepository keys;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public CreatedApiKey create(@NotNull @Valid NewApiKey request, String createdBy) {
        String token = Tokens.newToken();
        ApiKey key = new ApiKey();
        key.id = Ids.next();
        key.name = request.name();
        key.role = request.role();
        key.tokenHash = Tokens.hash(token);
        key.tokenPrefix = Tokens.displayPrefix(token);
        key.createdAt = OffsetDateTime.now(clock);
        key.createdBy = createdBy;
        keys.persist(key);
        return new CreatedApiKey(ApiKeyView.of(key), token);
    }

    public List<ApiKeyView> list() {
        return keys.listAll(io.quarkus.panache.common.Sort.by("createdAt").and("id")).stream()
                .map(ApiKeyView::of).toList();
    }

    /** Revokes the key; from the next request on it gets 401. Revoking twice keeps the first time. */
    public ApiKeyView revoke(UUID id) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> new NotFound("API key", id));
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now(clock);
        }
        return ApiKeyView.of(key);
    }
}
