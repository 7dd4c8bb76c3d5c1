package io.masthead.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gives {@link Cursor} the signing key that all instances share, so that a cursor one instance issued is valid on
 * every other. StartupEvent observers run before the HTTP server accepts requests, so no cursor is ever signed or
 * checked with another key.
 */
@ApplicationScoped
class CursorKey {
    static final int MIN_SECRET_LENGTH = 32;
    /** Keeps the cursor key apart from the preview-token key, which uses the same secret. */
    private static final byte[] PURPOSE = "masthead pagination cursors v2".getBytes(StandardCharsets.UTF_8);

    void install(@Observes StartupEvent event, CursorConfig config) {
        if (config.secret().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("masthead.cursor.secret (by default MASTHEAD_PREVIEW_SECRET) must be at "
                    + "least " + MIN_SECRET_LENGTH + " characters long; generate one with: openssl rand -base64 32");
        }
        Cursor.useKey(derive(config.secret()));
    }

    static byte[] derive(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(PURPOSE);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
