package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionalsTest {
    private static final String TAG = "2e4-t0c6ie-1vxbmwd";
    private static final Instant MODIFIED = Instant.parse("2026-11-20T09:10:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"2e4-t0c6ie-1vxbmwd\"|true", "\"2e4-t0c6ie-1vxbmwd-gzip\"|true", "\"2e4-t0c6ie-1vxbmwd-deflate\"|true",
            "W/\"2e4-t0c6ie-1vxbmwd-gzip\"|true", "*|true", " * |true", "\"a\", \"b\",\"2e4-t0c6ie-1vxbmwd\"|true",
            "\"a,b\", \"2e4-t0c6ie-1vxbmwd\"|true", "\"2e4-t0c6ie-1vxbmwd-br\"|false", "\"2e4-t0c6ie-1vxbmw\"|false",
            "\"2e4-t0c6ie-1vxbmwd-gzip-gzip\"|false", "2e4-t0c6ie-1vxbmwd|false", "\"2e4-t0c6ie-1vxbmwd|false",
            "\"|false", "\"*\"|false", "W/|false"})
    void shouldMatchAnyCodingsFormOfTheTag(String ifNoneMatch, boolean notModified) {
        assertEquals(notModified, Conditionals.notModified(List.of(ifNoneMatch), null, TAG, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fri, 20 Nov 2026 09:10:00 GMT|true", "Fri, 20 Nov 2026 09:10:01 GMT|true",
            "Fri, 20 Nov 2026 09:09:59 GMT|false", "Friday, 20-Nov-26 09:10:00 GMT|false", "2026-11-20T09:10:00Z|false",
            "garbage|false"})
    void shouldCompareIfModifiedSinceOnlyAsOneValidHttpDate(String ifModifiedSince, boolean notModified) {
        assertEquals(notModified, Conditionals.notModified(null, List.of(ifModifiedSince), TAG, MODIFIED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"other\"|false", "\"2e4-t0c6ie-1vxbmwd\"|true"})
    void shouldLetIfNoneMatchDecideWhenBothArePresent(String ifNoneMatch, boolean notModified) {
        assertEquals(notModified, Conditionals.notModified(List.of(ifNoneMatch),
                List.of("Fri, 20 Nov 2026 09:10:00 GMT"), TAG, MODIFIED));
    }

    @Test
    void shouldIgnoreIfModifiedSinceWithoutAModificationTimeOrWithTwoValues() {
        assertFalse(Conditionals.notModified(null, List.of("Fri, 20 Nov 2026 09:10:00 GMT"), TAG, null));
        assertFalse(Conditionals.notModified(null,
                List.of("Fri, 20 Nov 2026 09:10:00 GMT", "Fri, 20 Nov 2026 09:10:00 GMT"), TAG, MODIFIED));
    }
}
