package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.error.InvalidParameter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @Test
    void shouldDecodeWhatItEncodedIncludingUnicode() {
        String cursor = Cursor.encode("2026-11-20T08:45+01:00", "Grüße 東京 🚀");

        assertEquals(List.of("2026-11-20T08:45+01:00", "Grüße 東京 🚀"), Cursor.decode(cursor, 2));
    }

    @Test
    void shouldKeepEmptyPartsApart() {
        assertEquals(List.of("", "b", ""), Cursor.decode(Cursor.encode("", "b", ""), 3));
    }

    @Test
    void shouldEncodeToTheCharactersThatPageParamsAccepts() {
        // PageParams rejects anything outside base64url without padding, so encode must never produce it.
        String cursor = Cursor.encode("ÿÿÿ", "~~~???>>>", "2026-11-20T08:45:00.123456789Z");

        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "not base64", "a", "MQo=x"})
    void shouldRejectTextThatIsNotBase64url(String cursor) {
        assertInvalidCursor(() -> Cursor.decode(cursor, 2));
    }

    @Test
    void shouldRejectAnotherVersion() {
        assertInvalidCursor(() -> Cursor.decode(raw("2\na\nb"), 2));
    }

    @Test
    void shouldRejectAMissingVersion() {
        assertInvalidCursor(() -> Cursor.decode(raw("a\nb"), 2));
    }

    @Test
    void shouldRejectTooFewParts() {
        assertInvalidCursor(() -> Cursor.decode(Cursor.encode("a"), 2));
    }

    @Test
    void shouldRejectTooManyParts() {
        assertInvalidCursor(() -> Cursor.decode(Cursor.encode("a", "b", "c"), 2));
    }

    @Test
    void shouldRejectAnEmptyCursor() {
        assertInvalidCursor(() -> Cursor.decode("", 2));
    }

    private static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertInvalidCursor(Executable decode) {
        InvalidParameter invalid = assertThrows(InvalidParameter.class, decode);
        assertEquals("cursor", invalid.parameter());
        assertEquals("cursor is not a cursor this API issued; pass the nextCursor of the previous page unchanged.",
                invalid.detail());
    }
}
