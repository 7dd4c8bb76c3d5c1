package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentCodingsTest {
    private final ContentCodings codings = new ContentCodings();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gzip|gzip", "gzip, deflate, br|gzip", "deflate|deflate", "br|", "identity|", "gzip;q=0|", "*|gzip",
            "gzip;q=0.2, deflate;q=0.9|deflate", "br;q=1, gzip;q=0.1|gzip", "x-gzip|gzip", "gzip;q=abc|", "|"})
    void shouldNegotiateTheCodingVertxApplies(String acceptEncoding, String coding) {
        assertEquals(coding, codings.negotiate(acceptEncoding));
    }
}
