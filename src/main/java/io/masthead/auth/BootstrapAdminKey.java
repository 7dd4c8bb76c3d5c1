package io.masthead.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Registers the bootstrap admin token at start-up, so that a new installation has a first key to create the
 * others with. A key that was revoked stays revoked: restarting does not bring it back.
 */
@ApplicationScoped
public class BootstrapAdminKey {
    static final int MIN_LENGTH = 32;
    static final String NAME = "bootstrap-admin";
    private static final Logger LOG = Logger.getLogger(BootstrapAdminKey.class);

    private final AuthConfig config;
    private final ApiKeyRepository keys;
    private final Clock clock;

    BootstrapAdminKey(AuthConfig config, ApiKeyRepository keys, Clock clock) {
        this.config = config;
        this.keys = keys;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        config.bootstrapAdminKey().ifPresent(token -> {
            if (token.length() < MIN_LENGTH) {
                throw new IllegalStateException("MASTHEAD_BOOTSTRAP_ADMIN_KEY must be at least " + MIN_LENGTH
                        + " characters long; generate one with: openssl rand -base64 32");
            }
            QuarkusTransaction.requiringNew().run(() -> register(token));
        });
    }

    private void register(String token) {
        if (keys.findByToken(token).isPresent()) {
            return;
        }
        ApiKey key = new ApiKey();
        key.id = io.masthead.persistence.Ids.next();
        key.name = NAME;
        key.role = Role.ADMIN;
        key.tokenHash = Tokens.hash(token);
        key.tokenPrefix = Tokens.displayPrefix(token);
        key.createdAt = OffsetDateTime.now(clock);
        key.createdBy = "configuration";
        keys.persist(key);
        LOG.info("Registered the bootstrap admin key");
    }
}
