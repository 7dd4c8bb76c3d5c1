package io.masthead.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.error.InvalidParameter;
import io.masthead.http.Cursor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChangeTokenTest {
    private static final Instant START = Instant.parse("2026-12-01T08:00:00.123456Z");
    private static final Instant ROW = Instant.parse("2026-11-20T07:45:00.000001Z");
    private static final UUID ID = UUID.fromString("0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c");

    @Test
    void shouldDecodeWhatItEncodes() {
        ChangeToken token = new ChangeToken(ROW, ID, START);
        assertEquals(token, ChangeToken.decode(token.encode()));
        assertEquals(ChangeToken.start(START), ChangeToken.decode(ChangeToken.start(START).encode()));
        assertTrue(token.encode().matches("[A-Za-z0-9_-]{1,200}"));
    }

    @Test
    void shouldStartFromTheBeginningWithoutAToken() {
        assertEquals(null, ChangeToken.decode(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%%%", "bm90IGEgdG9rZW4", "MQoxCjIKMw", "MgoxCjIKMw",
            "not-a-token-at-all-but-long-enough-to-look-like-one"})
    void shouldRefuseTokensItDidNotIssueNamingSince(String since) {
        InvalidParameter problem = assertThrows(InvalidParameter.class, () -> ChangeToken.decode(since));
        assertEquals("since", problem.parameter());
    }

    @Test
    void shouldRefuseForgedPartsNamingSince() {
        for (String[] parts : new String[][] {
                {"1", "not-a-uuid", "1"}, {"x", ID.toString(), "1"}, {"1", ID.toString(), ""},
                {"999999999999999999", ID.toString(), "1"}, {"1", ID.toString(), "-99999999999999999"},
                {"", ID.toString(), "1"}}) {
            String forged = Cursor.encode(parts);
            InvalidParameter problem = assertThrows(InvalidParameter.class, () -> ChangeToken.decode(forged),
                    String.join("|", parts));
            assertEquals("since", problem.parameter());
        }
        String tooLong = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1\n".concat("9".repeat(300)).getBytes(StandardCharsets.UTF_8));
        assertEquals("since", assertThrows(InvalidParameter.class, () -> ChangeToken.decode(tooLong)).parameter());
    }

    @Test
    void shouldBeTooOldOnlyWhenARemoveAfterBothTheTokenAndTheSessionStartWasPruned() {
        ChangeToken token = new ChangeToken(ROW, ID, START);
        assertFalse(token.isTooOld(null));
        assertFalse(token.isTooOld(START.minusSeconds(1)), "pruned before the replay began: never seen");
        assertFalse(new ChangeToken(START.plusSeconds(10), ID, START).isTooOld(START.plusSeconds(5)),
                "pruned before the token: already applied");
        assertTrue(token.isTooOld(START.plusSeconds(1)));
        assertTrue(ChangeToken.start(START).isTooOld(START.plusSeconds(1)));
        assertFalse(ChangeToken.start(START).isTooOld(START));
    }
}
