package io.masthead.article;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;

/**
 * The one definition of "visible on the delivery API": published, with a publication time that has passed.
 * Every delivery query about articles embeds {@link #where} for its alias and binds the parameters with
 * {@link #bind}; there is no client-supplied status filter to override it.
 */
public final class PublishedNow {
    private PublishedNow() {
    }

    /**
     * The predicate for an article aliased {@code alias}. The status is a literal, not a parameter, so that
     * PostgreSQL can use its partial indexes of published articles in every plan, the generic plans of prepared
     * statements included; with a parameter it cannot know the status matches the index and, without fresh
     * statistics, scans the whole table.
     */
    public static String where(String alias) {
        return "(" + alias + ".status = " + ArticleStatus.class.getName() + "." + ArticleStatus.PUBLISHED.name()
                + " and " + alias + ".publishedAt.instant <= :now)";
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query, Instant now) {
        return query.setParameter("now", now);
    }

    /**
     * The same predicate in SQL, for the native queries of search and related articles. The status is a literal,
     * so that PostgreSQL can use the partial indexes of published articles in every plan.
     */
    public static String sql(String alias) {
        return "(" + alias + ".status = '" + ArticleStatus.PUBLISHED.wire() + "' and " + alias
                + ".published_at <= :now)";
    }

    public static Query bindSql(Query query, Instant now) {
        return query.setParameter("now", now);
    }
}
