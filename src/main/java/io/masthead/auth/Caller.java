package io.masthead.auth;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;

/** Who is calling the management API: the API key's name (for revisions and logs) and id. */
public record Caller(String name, UUID keyId) {

    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.getAttribute(ApiKeyIdentityProvider.KEY_ID));
    }
}
