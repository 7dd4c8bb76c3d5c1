package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.error.InvalidParameter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.function.Executable;

/** Cursors survive any round trip, and nothing but an unchanged cursor gets through. */
class CursorPropertiesTest {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Property
    void shouldDecodeThePartsItEncoded(@ForAll("parts") List<String> parts) {
        String cursor = Cursor.encode(parts.toArray(String[]::new));

        assertEquals(parts, Cursor.decode(cursor, parts.size()));
        assertTrue(cursor.matches("[A-Za-z0-9_-]+") && cursor.length() <= Limits.MAX_CURSOR_LENGTH, cursor);
    }

    @Property
    void shouldRefuseAnyChangedCharacter(@ForAll("parts") List<String> parts, @ForAll @IntRange(max = 10_000) int at,
                                         @ForAll @IntRange(min = 1, max = 63) int shift) {
        String cursor = Cursor.encode(parts.toArray(String[]::new));
        int index = at % cursor.length();
        char replaced = ALPHABET.charAt((ALPHABET.indexOf(cursor.charAt(index)) + shift) % ALPHABET.length());
        String changed = cursor.substring(0, index) + replaced + cursor.substring(index + 1);

        assertNotEquals(cursor, changed);
        assertRefused(() -> Cursor.decode(changed, parts.size()));
    }

    @Property
    void shouldRefuseATruncatedOrExtendedCursor(@ForAll("parts") List<String> parts,
                                                @ForAll @IntRange(max = 10_000) int cut,
                                                @ForAll("base64url") String tail) {
        String cursor = Cursor.encode(parts.toArray(String[]::new));
        String truncated = cursor.substring(0, cut % cursor.length());

        assertRefused(() -> Cursor.decode(truncated, parts.size()));
        assertRefused(() -> Cursor.decode(cursor + tail, parts.size()));
    }

    @Property
    void shouldRefuseAnyOtherEncodingOfTheSameBytes(@ForAll("parts") List<String> parts) {
        String cursor = Cursor.encode(parts.toArray(String[]::new));
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);

        assertRefused(() -> Cursor.decode(Base64.getEncoder().withoutPadding().encodeToString(bytes)
                .replace('A', '+'), parts.size()));
        assertRefused(() -> Cursor.decode(cursor + "=", parts.size()));
        assertRefused(() -> Cursor.decode(Base64.getUrlEncoder().encodeToString(new byte[] {1})
                + cursor, parts.size()));
        if (cursor.length() % 4 != 0) {
            // The last character carries unused bits; setting one spells the same bytes differently.
            char last = cursor.charAt(cursor.length() - 1);
            char other = ALPHABET.charAt(ALPHABET.indexOf(last) ^ 1);
            assertRefused(() -> Cursor.decode(cursor.substring(0, cursor.length() - 1) + other, parts.size()));
        }
    }

    @Property
    void shouldRefuseACursorWithAnotherNumberOfParts(@ForAll("parts") List<String> parts,
                                                     @ForAll @IntRange(min = 1, max = 5) int expected) {
        String cursor = Cursor.encode(parts.toArray(String[]::new));

        if (expected == parts.size()) {
            assertEquals(parts, Cursor.decode(cursor, expected));
        } else {
            assertRefused(() -> Cursor.decode(cursor, expected));
        }
    }

    @Property
    void shouldAnswerAnyTextWithA400(@ForAll String text, @ForAll @IntRange(min = 1, max = 4) int parts) {
        assertRefused(() -> Cursor.decode(text, parts));
        assertRefused(() -> Keyset.TimeAndId.decode(text));
    }

    @Property
    void shouldRoundTripEveryTimeAndIdBothDatabasesStore(@ForAll("storedTimes") Instant time, @ForAll long high,
                                                         @ForAll long low) {
        Keyset.TimeAndId position = new Keyset.TimeAndId(time, new UUID(high, low));

        assertEquals(position, Keyset.TimeAndId.decode(position.encode()));
    }

    @Property
    void shouldDecodeAnySignedPairAsAPositionOrA400(@ForAll("part") String time, @ForAll("part") String id) {
        String cursor = Cursor.encode(time, id);
        try {
            Keyset.TimeAndId position = Keyset.TimeAndId.decode(cursor);
            assertEquals(time, position.time().toString());
            assertEquals(id, position.id().toString());
        } catch (InvalidParameter e) {
            assertEquals(Cursor.PARAMETER, e.parameter());
        }
    }

    @Provide
    Arbitrary<List<String>> parts() {
        return part().list().ofMinSize(1).ofMaxSize(4);
    }

    /**
     * Text without control characters, from every plane, up to 30 bytes of UTF-8, so that four parts fit
     * {@link Limits#MAX_CURSOR_LENGTH}.
     */
    @Provide
    Arbitrary<String> part() {
        Arbitrary<String> bmp = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\ud7ff')
                .withCharRange('\ue000', '\ufffd').ofMaxLength(8);
        Arbitrary<String> astral = Arbitraries.of("", "🚀", "𝄞", "東京");
        return Combinators.combine(bmp, astral).as(String::concat);
    }

    @Provide
    Arbitrary<String> base64url() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(8);
    }

    /** PostgreSQL's timestamptz range (the narrower one) in microseconds, the precision it keeps. */
    @Provide
    Arbitrary<Instant> storedTimes() {
        long earliest = Instant.parse("-4713-11-24T00:00:00Z").getEpochSecond();
        long latest = Instant.parse("+294276-12-31T23:59:59Z").getEpochSecond();
        return Combinators.combine(Arbitraries.longs().between(earliest, latest),
                        Arbitraries.integers().between(0, 999_999))
                .as((seconds, micros) -> Instant.ofEpochSecond(seconds).plus(micros, ChronoUnit.MICROS));
    }

    private static void assertRefused(Executable decode) {
        assertEquals(Cursor.PARAMETER, assertThrows(InvalidParameter.class, decode).parameter());
    }
}
