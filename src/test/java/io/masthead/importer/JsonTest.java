package io.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void shouldReadWhatTheServerSends() {
        Object job = Json.parse("""
                {"id":"0192f0c4","total":10000,"percent":42.1,"errorsTruncated":false,"finishedAt":null,
                 "errors":[{"line":4,"errors":[{"pointer":"#/article/headline","detail":"must not be \\"blank\\""}]}],
                 "createdBy":"caf\\u00e9 \\\\ key"}""");

        assertEquals(Map.of("id", "0192f0c4", "total", 10000L, "percent", 42.1, "errorsTruncated", false,
                "errors", List.of(Map.of("line", 4L, "errors",
                        List.of(Map.of("pointer", "#/article/headline", "detail", "must not be \"blank\"")))),
                "createdBy", "café \\ key"), withoutNulls(job));
        assertEquals(Arrays.asList(null, true, -1.5e3, List.of(), Map.of()),
                Json.parse(" [null, true, -1.5e3, [], {}] "));
    }

    @Test
    void shouldRefuseWhatIsNotJson() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("<html>Bad gateway</html>"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} trailing"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1"));
    }

    private static Object withoutNulls(Object job) {
        ((Map<?, ?>) job).values().removeIf(java.util.Objects::isNull);
        return job;
    }
}
