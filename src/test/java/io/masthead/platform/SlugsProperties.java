package io.masthead.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Slugs from any text at all: always the slug shape (or empty), never too long, and stable. */
class SlugsProperties {
    private static final String SHAPE = "([a-z0-9]+(-[a-z0-9]+)*)?";

    @Property(tries = 500)
    void shouldAlwaysMakeASlugOrNothing(@ForAll("headlines") String headline) {
        String slug = Slugs.of(headline);

        assertTrue(slug.matches(SHAPE), () -> "'" + slug + "' from '" + headline + "'");
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, () -> slug.length() + " characters from '" + headline + "'");
    }

    @Property(tries = 500)
    void shouldKeepASlugAsItIs(@ForAll("headlines") String headline) {
        String slug = Slugs.of(headline);

        assertEquals(slug, Slugs.of(slug));
    }

    @Property(tries = 500)
    void shouldLeaveRoomForANumberInTheNumberingBase(@ForAll("headlines") String headline) {
        String base = Slugs.numberingBase(Slugs.of(headline));

        assertTrue(base.matches(SHAPE), base);
        assertTrue((base + "-99999").length() <= Slugs.MAX_LENGTH, base);
    }

    @Provide
    Arbitrary<String> headlines() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(3, Arbitraries.strings().withChars("aäöüßÄ-  _.,!?'\"0123456789zZ\u00a0\u0000")
                        .ofMaxLength(300)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0400', '\u04ff')
                        .withCharRange('\u4e00', '\u4eff').withCharRange('\u0600', '\u06ff').ofMaxLength(120)),
                Tuple.of(1, Arbitraries.strings().withChars("a-").ofMinLength(70).ofMaxLength(200)));
    }
}
