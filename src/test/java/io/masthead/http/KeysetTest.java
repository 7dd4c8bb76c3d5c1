package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.masthead.error.InvalidParameter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysetTest {

    @Test
    void shouldCutTheExtraRowAndPointTheCursorAfterTheLastItemShown() {
        Keyset.Page<String> page = Keyset.page(List.of("a", "b", "c"), 2, last -> "after " + last);

        assertEquals(List.of("a", "b"), page.items());
        assertEquals("after b", page.next());
    }

    @Test
    void shouldEndTheListWhenNoExtraRowCame() {
        Keyset.Page<String> full = Keyset.page(List.of("a", "b"), 2, last -> "after " + last);
        Keyset.Page<String> empty = Keyset.page(List.of(), 2, last -> "after " + last);

        assertEquals(List.of("a", "b"), full.items());
        assertNull(full.next());
        assertEquals(List.of(), empty.items());
        assertNull(empty.next());
    }

    @Test
    void shouldFetchOneRowMoreThanThePageHolds() {
        assertEquals(21, Keyset.fetchSize(20));
    }

    @Test
    void shouldDecodeTheTimeAndIdItEncoded() {
        Keyset.TimeAndId position = new Keyset.TimeAndId(Instant.parse("2026-11-20T07:45:00.123456Z"),
                UUID.fromString("01a21af4-2eac-7a93-844f-cff868d42398"));

        assertEquals(position, Keyset.TimeAndId.decode(position.encode()));
        assertNull(Keyset.TimeAndId.decode(null));
    }

    @Test
    void shouldRejectACursorOfAnotherListAsMalformed() {
        String slugCursor = Cursor.encode("harbour");
        String notATime = Cursor.encode("yesterday", "01a21af4-2eac-7a93-844f-cff868d42398");

        InvalidParameter wrongShape = assertThrows(InvalidParameter.class, () -> Keyset.TimeAndId.decode(slugCursor));
        InvalidParameter wrongTime = assertThrows(InvalidParameter.class, () -> Keyset.TimeAndId.decode(notATime));
        assertEquals("cursor", wrongShape.parameter());
        assertEquals(Cursor.malformed().detail(), wrongTime.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-12-31T23:59:59Z", "+294277-01-01T00:00:00Z", "-4713-11-23T23:59:59Z",
        "2026-11-20T07:45Z", "2026-11-20T08:45:00+01:00", "2026-11-20t07:45:00z", " 2026-11-20T07:45:00Z"})
    void shouldRejectATimeOutsideWhatTheDatabasesStoreOrNotInItsOneSpelling(String time) {
        String cursor = Cursor.encode(time, "01a21af4-2eac-7a93-844f-cff868d42398");

        assertEquals("cursor", assertThrows(InvalidParameter.class, () -> Keyset.TimeAndId.decode(cursor)).parameter());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-1-1-1-1", "01A21AF4-2EAC-7A93-844F-CFF868D42398", "01a21af42eac7a93844fcff868d42398",
        "{01a21af4-2eac-7a93-844f-cff868d42398}", ""})
    void shouldRejectAnIdNotInItsOneSpelling(String id) {
        String cursor = Cursor.encode("2026-11-20T07:45:00Z", id);

        assertEquals("cursor", assertThrows(InvalidParameter.class, () -> Keyset.TimeAndId.decode(cursor)).parameter());
    }

    @Test
    void shouldAcceptTheEdgesOfWhatBothDatabasesStore() {
        UUID id = UUID.fromString("01a21af4-2eac-7a93-844f-cff868d42398");
        for (String time : List.of("-4713-11-24T00:00:00Z", "+294276-12-31T23:59:59.999999Z")) {
            Keyset.TimeAndId edge = new Keyset.TimeAndId(Instant.parse(time), id);
            assertEquals(edge, Keyset.TimeAndId.decode(edge.encode()));
        }
    }

    @Test
    void shouldDecodeASingleKeyCursor() {
        assertEquals("harbour", Keyset.decodeKey(Cursor.encode("harbour")));
        assertNull(Keyset.decodeKey(null));
    }
}
