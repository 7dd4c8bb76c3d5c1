package io.masthead.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedSqlTest {
    @Test
    void shouldTurnNamedParametersIntoPositionalOnesInOrderWithRepeats() {
        NamedSql sql = NamedSql.of("select a.id from article a where a.published_at <= :now and a.slug = :slug"
                + " and (select count(*) from article t where t.published_at <= :now) > 0");

        assertEquals("select a.id from article a where a.published_at <= ? and a.slug = ?"
                + " and (select count(*) from article t where t.published_at <= ?) > 0", sql.jdbc());
        assertEquals(List.of("now", "slug", "now"), sql.names());
    }

    @Test
    void shouldLeaveCastsAndQuotedColonsAlone() {
        NamedSql sql = NamedSql.of("select a.id::text, 'at 12:30 o''clock :not' from article a"
                + " where a.status = 'published' and a.id = :id::uuid");

        assertEquals("select a.id::text, 'at 12:30 o''clock :not' from article a"
                + " where a.status = 'published' and a.id = ?::uuid", sql.jdbc());
        assertEquals(List.of("id"), sql.names());
    }

    @Test
    void shouldKeepDollarSignsAndBackslashesOfTheStatement() {
        NamedSql sql = NamedSql.of("select '$1\\\\' from article where id = :id");

        assertEquals("select '$1\\\\' from article where id = ?", sql.jdbc());
    }

    @Test
    void shouldExpandACollectionIntoOneParameterPerElement() {
        NamedSql sql = NamedSql.of("select id from tag where slug in (:slugs) and id <> :id");

        assertEquals("select id from tag where slug in (?, ?, ?) and id <> ?",
                sql.jdbc(Map.of("slugs", List.of("a", "b", "c"), "id", 7)));
        assertEquals("select id from tag where slug in (null) and id <> ?",
                sql.jdbc(Map.of("slugs", List.of(), "id", 7)));
        assertEquals("select id from tag where slug in (?) and id <> ?", sql.jdbc(Map.of("slugs", "a", "id", 7)));
    }
}
