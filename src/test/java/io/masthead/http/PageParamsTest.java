package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.masthead.error.InvalidParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageParamsTest {

    @Test
    void shouldDefaultTheLimitTo20() {
        assertEquals(20, new PageParams().limit());
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "20, 20", "100, 100", "' 7 ', 7"})
    void shouldAcceptLimitsFrom1To100(String limit, int expected) {
        PageParams page = new PageParams();
        page.limit = limit;

        assertEquals(expected, page.limit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-5", "abc", "1.5", "", "1e2", "99999999999"})
    void shouldRejectALimitThatIsNotAWholeNumberFrom1To100(String limit) {
        PageParams page = new PageParams();
        page.limit = limit;

        InvalidParameter invalid = assertThrows(InvalidParameter.class, page::limit);

        assertEquals("limit", invalid.parameter());
        // Echoing the value lets the client see what actually arrived after its URL encoding.
        assertEquals("limit must be a whole number from 1 to 100; got '" + limit + "'.", invalid.detail());
    }

    @Test
    void shouldHaveNoCursorOnTheFirstPage() {
        assertNull(new PageParams().cursor());
    }

    @Test
    void shouldPassABase64urlCursorThroughUnchanged() {
        PageParams page = new PageParams();
        page.cursor = Cursor.encode("2026-11-20T08:45+01:00", "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c");

        assertEquals(page.cursor, page.cursor());
    }

    @Test
    void shouldAcceptACursorOfExactlyTheMaximumLength() {
        PageParams page = new PageParams();
        page.cursor = "A".repeat(Limits.MAX_CURSOR_LENGTH);

        assertEquals(page.cursor, page.cursor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "abc=", "a+b/c", "with space", "", "ümlaut"})
    void shouldRejectACursorWithCharactersOutsideBase64url(String cursor) {
        PageParams page = new PageParams();
        page.cursor = cursor;

        assertEquals("cursor", assertThrows(InvalidParameter.class, page::cursor).parameter());
    }

    @Test
    void shouldRejectACursorLongerThanTheMaximum() {
        PageParams page = new PageParams();
        page.cursor = "A".repeat(Limits.MAX_CURSOR_LENGTH + 1);

        assertEquals("cursor", assertThrows(InvalidParameter.class, page::cursor).parameter());
    }
}
