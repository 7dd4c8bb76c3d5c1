package io.masthead.preview;

import io.masthead.error.AccessDenied;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived preview tokens: the article id and an expiry, signed with HMAC-SHA256. They need no storage, so
 * any instance can check a token another one issued.
 */
@ApplicationScoped
public class PreviewTokens {
    static final int MIN_SECRET_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;
    private final Clock clock;

    PreviewTokens(PreviewConfig config, Clock clock) {
        this.secret = config.secret().getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    void checkSecret(@Observes StartupEvent event) {
        if (secret.length < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("MASTHEAD_PREVIEW_SECRET must be at least " + MIN_SECRET_LENGTH
                    + " characters long; generate one with: openssl rand -base64 32");
        }
    }

    public String issue(UUID articleId, Instant expiresAt) {
        String payload = articleId + ":" + expiresAt.getEpochSecond();
        String encodedPayload = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encodedPayload + "." + ENCODER.encodeToString(sign(encodedPayload));
    }

    /** The article a valid, unexpired token grants; a 403 for anything else, without saying which check failed. */
    public UUID verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 1 || dot == token.length() - 1) {
            throw invalid();
        }
        String encodedPayload = token.substring(0, dot);
        byte[] signature;
        String payload;
        try {
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            payload = new String(Base64.getUrlDecoder().decode(encodedPayload), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(sign(encodedPayload), signature)) {
            throw invalid();
        }
        String[] parts = payload.split(":");
        try {
            if (parts.length != 2 || Instant.ofEpochSecond(Long.parseLong(parts[1])).isBefore(clock.instant())) {
                throw invalid();
            }
            return UUID.fromString(parts[0]);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private byte[] sign(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static AccessDenied invalid() {
        return new AccessDenied("This preview token is not valid or has expired; ask the newsroom for a new link.");
    }
}
