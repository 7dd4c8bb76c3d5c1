package io.masthead.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleUrlPatternTest {
    private static final UUID ID = UUID.fromString("0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 7);

    @Test
    void shouldExpandEveryPlaceholderBelowTheEditionsBaseUrl() {
        ArticleUrlPattern pattern = ArticleUrlPattern.parse("/{lang}/{section}/{yyyy}/{mm}/{dd}/{slug}-{id}");

        assertEquals("https://ledger.example/de/de/politics/2026/03/07/hafen-" + ID,
                pattern.expand("https://ledger.example/de/", "de", "hafen", ID, "politics", DAY));
    }

    @Test
    void shouldLeaveOutTheSectionSegmentOfAnArticleWithoutSection() {
        ArticleUrlPattern pattern = ArticleUrlPattern.parse("/{section}/{slug}");

        assertEquals("https://ledger.example/en/harbour", pattern.expand("https://ledger.example/en", "en", "harbour",
                ID, null, DAY));
    }

    @Test
    void shouldUseAnAbsolutePatternAsItIs() {
        ArticleUrlPattern pattern = ArticleUrlPattern.parse("https://{lang}.ledger.example/a/{id}");

        assertEquals("https://pt-BR.ledger.example/a/" + ID,
                pattern.expand("https://ignored.example", "pt-BR", "s", ID, null, DAY));
    }

    @Test
    void shouldPercentEncodeValuesOutsideTheUnreservedCharacters() {
        assertEquals("https://x.example/caf%C3%A9",
                ArticleUrlPattern.parse("/{slug}").expand("https://x.example", "fr", "café", ID, null, DAY));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "{yyyy}/{slug}| it must start with /",
            "/{yyyy}/{title}| {title} is not a placeholder",
            "/{yyyy}/{mm}| it needs {slug} or {id}",
            "/news-{section}/{slug}| {section} must be a whole path segment",
            "/{slug}}| it has an unmatched brace",
            "/a b/{slug}| it does not give a valid URL",
            "https:///{slug}| it does not give a URL with a host"}, delimiter = '|')
    void shouldRefuseAnInvalidPatternSayingWhy(String text, String reason) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ArticleUrlPattern.parse(text));

        assertEquals(true, error.getMessage().startsWith("masthead.site.article-url-pattern '" + text
                + "' is invalid: " + reason), error.getMessage());
    }

    @Test
    void shouldRefuseAnEmptyPattern() {
        assertThrows(IllegalArgumentException.class, () -> ArticleUrlPattern.parse(" "));
    }
}
