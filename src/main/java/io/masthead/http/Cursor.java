package io.masthead.http;

import io.masthead.error.InvalidParameter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An opaque keyset-pagination cursor: the sort key of the last item of a page, signed and base64url encoded.
 * The signature (HMAC-SHA256, cut to 128 bits) makes every cursor one that an instance issued, so no client can
 * build or edit one; the parts are checked again anyway (valid UTF-8 without control characters), so that
 * nothing a database cannot take ever reaches a query. The layout is a version byte, the signature and the parts
 * as UTF-8 text separated by line feeds.
 */
public final class Cursor {
    public static final String PARAMETER = "cursor";
    /** Version 1 was the unsigned form; its cursors no longer verify. */
    private static final byte VERSION = 2;
    static final int SIGNATURE_BYTES = 16;
    private static final char SEPARATOR = '\n';
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /**
     * Until {@link CursorKey} installs the key every instance derives from the configuration (at start-up, before
     * the HTTP server accepts requests), a random one: enough for plain unit tests, which run without the
     * application.
     */
    private static volatile SecretKeySpec key = randomKey();

    private Cursor() {
    }

    static void useKey(byte[] secret) {
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    private static SecretKeySpec randomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * The cursor for these parts. Parts must be text without control characters (they are sort keys: times,
     * ids, slugs, numbers); anything else is a programming error.
     */
    public static String encode(String... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("A cursor names at least one sort key");
        }
        for (String part : parts) {
            if (!isPlainText(part)) {
                throw new IllegalArgumentException("A cursor part must be text without control characters");
            }
        }
        byte[] payload = utf8(String.join(String.valueOf(SEPARATOR), parts));
        byte[] signature = sign(payload);
        ByteBuffer cursor = ByteBuffer.allocate(1 + SIGNATURE_BYTES + payload.length)
                .put(VERSION).put(signature, 0, SIGNATURE_BYTES).put(payload);
        String encoded = ENCODER.encodeToString(cursor.array());
        if (encoded.length() > Limits.MAX_CURSOR_LENGTH) {
            // The next request would refuse it: fail where the cause is, not on the client's next page.
            throw new IllegalArgumentException("Cursor parts too long for Limits.MAX_CURSOR_LENGTH");
        }
        return encoded;
    }

    /** The parts of a cursor made by {@link #encode}; a 400 naming the parameter for anything else. */
    public static List<String> decode(String cursor, int expectedParts) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        // Base64 decoders ignore padding and unused trailing bits; only the one encoding encode() gives counts.
        if (bytes.length < 1 + SIGNATURE_BYTES || bytes[0] != VERSION
                || !ENCODER.encodeToString(bytes).equals(cursor)) {
            throw malformed();
        }
        byte[] payload = Arrays.copyOfRange(bytes, 1 + SIGNATURE_BYTES, bytes.length);
        byte[] expected = Arrays.copyOf(sign(payload), SIGNATURE_BYTES);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, 1, 1 + SIGNATURE_BYTES))) {
            throw malformed();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw malformed();
        }
        List<String> parts = List.of(text.split(String.valueOf(SEPARATOR), -1));
        if (parts.size() != expectedParts || !parts.stream().allMatch(Cursor::isPlainText)) {
            throw malformed();
        }
        return parts;
    }

    public static InvalidParameter malformed() {
        return new InvalidParameter(PARAMETER,
                "cursor is not a cursor this API issued; pass the nextCursor of the previous page unchanged.");
    }

    private static boolean isPlainText(String part) {
        if (part.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(part));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(VERSION);
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
