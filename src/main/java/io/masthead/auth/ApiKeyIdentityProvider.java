package io.masthead.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    /** The identity attribute that holds the key's id, for scoping idempotency keys to their caller. */
    public static final String KEY_ID = "masthead.key-id";

    private final ApiKeyRepository keys;

    ApiKeyIdentityProvider(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        return context.runBlocking(() -> QuarkusTransaction.joiningExisting().call(() -> keys.findActiveByToken(token))
                .map(key -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(key.name))
                        .addRoles(key.role.grants())
                        .addAttribute(KEY_ID, key.id)
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API key")));
    }
}
