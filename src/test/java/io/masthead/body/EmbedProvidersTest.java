package io.masthead.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedProvidersTest {
    private final BodyBuilder builder = new BodyBuilder(() -> Map.of(
            "youtube", Set.of("www.youtube.com", "youtu.be"),
            "vimeo", Set.of("player.vimeo.com")));

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=abc, youtube",
            "https://youtu.be/abc, youtube",
            "https://player.vimeo.com/video/1, vimeo",
            "https://WWW.YOUTUBE.COM/x, youtube",
            "HTTPS://www.youtube.com/x, youtube",
            "https://www.youtube.com:443/x, youtube"})
    void shouldNameTheProviderOfAnHttpsUrlOnAnAllowedHost(String url, String provider) {
        assertEquals(Optional.of(provider), builder.providerOf(url));
    }

    @Test
    void shouldJudgeByTheHostAndIgnoreUserinfo() {
        // The browser connects to www.youtube.com here; the userinfo is only sent as credentials.
        assertEquals(Optional.of("youtube"), builder.providerOf("https://user@www.youtube.com/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://www.youtube.com/watch?v=abc",
            "//www.youtube.com/x",
            "www.youtube.com/x",
            "https://evil.example/youtube.com",
            "https://evil.example/?u=https://www.youtube.com/",
            "https://evil.example#@www.youtube.com",
            "https://www.youtube.com.evil.example/x",
            "https://www.youtube.com@evil.example/x",
            "https://youtube.com/x",
            "https://evilyoutu.be/x",
            "https://www.youtube.com./x",
            "https://exa mple",
            "https://",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            ""})
    void shouldNameNoProviderForAnythingElse(String url) {
        assertEquals(Optional.empty(), builder.providerOf(url));
    }
}
