package io.masthead.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenderingFingerprintTest {
    @Test
    void shouldBeTheSameForTheSameCodeAndConfiguration() {
        assertEquals(RenderingFingerprint.of("/{yyyy}/{mm}/{dd}/{slug}"),
                RenderingFingerprint.of("/{yyyy}/{mm}/{dd}/{slug}"));
    }

    @Test
    void shouldChangeWithTheArticleUrlPattern() {
        assertNotEquals(RenderingFingerprint.of("/{yyyy}/{mm}/{dd}/{slug}"), RenderingFingerprint.of("/{slug}"));
    }

    @Test
    void shouldFitTheRendererColumn() {
        String fingerprint = RenderingFingerprint.of("/{slug}");

        assertEquals(32, fingerprint.length());
        assertTrue(fingerprint.matches("[0-9a-f]+"), fingerprint);
    }
}
