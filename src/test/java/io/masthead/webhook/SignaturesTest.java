package io.masthead.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void shouldSignTheTimestampAndTheBodyWithTheWholeSecret() {
        // printf '%s' '1795247100.{"id":"x"}' | openssl dgst -sha256 -hmac 'whsec_test-secret'
        assertEquals("sha256=aaf5a591b69f2fe7586593bd8360665aea79dff3b97e46a08f3e3bea364962ca",
                Signatures.sign("whsec_test-secret", 1795247100L, "{\"id\":\"x\"}"));
    }

    @Test
    void shouldChangeTheSignatureWhenTheTimestampChanges() {
        assertNotEquals(Signatures.sign("whsec_a", 1L, "{}"), Signatures.sign("whsec_a", 2L, "{}"));
    }

    @Test
    void shouldMakeLongRandomSecrets() {
        String first = Signatures.newSecret();

        assertTrue(first.matches("whsec_[A-Za-z0-9_-]{43}"), first);
        assertNotEquals(first, Signatures.newSecret());
    }
}
