package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.error.PreconditionFailed;
import io.masthead.error.PreconditionRequired;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void shouldAcceptTheCurrentVersionAmongSeveral() {
        Preconditions.requireCurrent("\"v3\", \"v7\"", 7);
    }

    @Test
    void shouldRepeatAShortStaleIfMatchWhole() {
        PreconditionFailed failed = assertThrows(PreconditionFailed.class, () -> Preconditions.requireCurrent("\"v3\"", 7));

        assertTrue(failed.detail().startsWith("If-Match \"v3\" is not the current version \"v7\""), failed.detail());
    }

    @Test
    void shouldKeepTheDetailShortWhateverTheIfMatchLength() {
        String huge = "x".repeat(9_000);

        PreconditionFailed failed = assertThrows(PreconditionFailed.class, () -> Preconditions.requireCurrent(huge, 7));

        assertTrue(failed.detail().length() < 400, "detail of " + failed.detail().length() + " characters");
        assertTrue(failed.detail().startsWith("If-Match " + "x".repeat(100) + "… is not"), failed.detail());
    }

    @Test
    void shouldRequireIfMatchWhenItIsMissingOrAWildcard() {
        assertThrows(PreconditionRequired.class, () -> Preconditions.requireCurrent(null, 1));
        assertEquals(PreconditionRequired.class,
                assertThrows(PreconditionRequired.class, () -> Preconditions.requireCurrent(" * ", 1)).getClass());
    }
}
