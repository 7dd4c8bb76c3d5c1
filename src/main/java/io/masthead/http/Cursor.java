package io.masthead.http;

import io.masthead.error.InvalidParameter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset-pagination cursor: the sort key of the last item of a page, versioned and base64url
 * encoded, so that clients cannot build or edit one and the server can change its form later.
 */
public final class Cursor {
    public static final String PARAMETER = "cursor";
    private static final String VERSION = "1";
    private static final String SEPARATOR = "\n";

    private Cursor() {
    }

    public static String encode(String... parts) {
        String raw = VERSION + SEPARATOR + String.join(SEPARATOR, parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor made by {@link #encode}; a 400 naming the parameter for anything else. */
    public static List<String> decode(String cursor, int expectedParts) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        List<String> parts = List.of(raw.split(SEPARATOR, -1));
        if (parts.size() != expectedParts + 1 || !parts.get(0).equals(VERSION)) {
            throw malformed();
        }
        return parts.subList(1, parts.size());
    }

    public static InvalidParameter malformed() {
        return new InvalidParameter(PARAMETER,
                "cursor is not a cursor this API issued; pass the nextCursor of the previous page unchanged.");
    }
}
