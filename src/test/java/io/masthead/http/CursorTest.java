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
    void shouldRejectTheUnsignedCursorsOfVersion1() {
        String unsigned = raw("1\n2026-11-20T07:45:00Z\n01a21af4-2eac-7a93-844f-cff868d42398");

        assertInvalidCursor(() -> Cursor.decode(unsigned, 2));
    }

    @Test
    void shouldRejectACursorSignedWithAnotherKey() {
        Cursor.useKey(CursorKey.derive("one secret of at least thirty-two characters"));
        String issuedElsewhere = Cursor.encode("harbour");
        Cursor.useKey(CursorKey.derive("another secret, also thirty-two characters long"));

        assertInvalidCursor(() -> Cursor.decode(issuedElsewhere, 1));
        assertEquals(List.of("harbour"), Cursor.decode(Cursor.encode("harbour"), 1));
    }

    @Test
    void shouldRejectAnotherBase64SpellingOfTheSameBytes() {
        String cursor = Cursor.encode("harbour", "2026");
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);

        assertInvalidCursor(() -> Cursor.decode(Base64.getUrlEncoder().encodeToString(bytes) + "==", 2));
        assertInvalidCursor(() -> Cursor.decode(cursor + "=", 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"har\u0000bour", "line\nbreak", "tab\there", "del\u007f", "c1\u0085", "\ud800"})
    void shouldRefuseToEncodeControlCharactersOrBrokenText(String part) {
        assertThrows(IllegalArgumentException.class, () -> Cursor.encode("2026", part));
    }

    @Test
    void shouldRefuseToEncodeACursorLongerThanTheLimit() {
        assertThrows(IllegalArgumentException.class, () -> Cursor.encode("x".repeat(Limits.MAX_CURSOR_LENGTH)));
    }

    @Test
    void shouldFitFourSortKeysOfTheLongestKinds() {
        String fourKeys = Cursor.encode("-1.2345678901234567E-300", "+294276-12-31T23:59:59.999999999Z",
                "01a21af4-2eac-7a93-844f-cff868d42398", Long.toString(Long.MIN_VALUE));
        String tagSlug = Cursor.encode("t".repeat(120));

        assertTrue(fourKeys.length() <= Limits.MAX_CURSOR_LENGTH, () -> fourKeys.length() + " characters");
        assertTrue(tagSlug.length() <= Limits.MAX_CURSOR_LENGTH, () -> tagSlug.length() + " characters");
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
