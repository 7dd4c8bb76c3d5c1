package io.masthead.article;

import io.masthead.search.SearchSql;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of one request of the article list: the published-now articles that match every filter and the search,
 * in order, after a position. The page and the count share the predicates, and published-now is always one of
 * them. Every value a client sends is a bound parameter; the SQL text holds only allow-listed fragments.
 */
final class ArticleListQuery {
    private static final String RANK = "search_rank";

    private final ArticleQuery query;
    private final SearchSql search;
    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code tagIds} are the distinct ids of the requested tags; {@code search} is null without q. */
    ArticleListQuery(ArticleQuery query, List<UUID> tagIds, SearchSql search, Set<String> videoProviders,
                     Instant now) {
        this.query = query;
        this.search = search;
        predicates.add(PublishedNow.sql("a"));
        parameters.put("now", now);
        if (query.language() != null) {
            where("a.language = :language", "language", query.language());
        }
        if (query.section() != null) {
            where("a.section_id = (select sec.id from section sec where sec.slug = :section)", "section",
                    query.section());
        }
        if (!tagIds.isEmpty()) {
            tags(tagIds);
        }
        if (query.type() == ArticleType.AUDIO) {
            predicates.add("a.audio_media_id is not null");
        } else if (query.type() == ArticleType.VIDEO) {
            where("exists (select 1 from block b where b.article_id = a.id and b.type = 'embed'"
                    + " and b.provider in (:videoProviders))", "videoProviders", List.copyOf(videoProviders));
        }
        if (query.author() != null) {
            where("exists (select 1 from article_contributor c where c.article_id = a.id"
                    + " and lower(c.name) = lower(:author))", "author", query.author());
        }
        if (query.from() != null) {
            where("a.published_at >= :from", "from", query.from().toInstant());
        }
        if (query.to() != null) {
            where("a.published_at < :to", "to", query.to().toInstant());
        }
        if (search != null) {
            predicates.add(search.match());
            parameters.putAll(search.parameters());
        }
    }

    /** The ids of a page (with rank and snippet when searching), {@code fetch} rows at most, after {@code after}. */
    String page(ArticleCursor after, int fetch) {
        String rank = search == null ? "cast(null as double precision)" : search.rank();
        StringBuilder inner = new StringBuilder("select a.id, a.published_at, ").append(rank).append(" as ")
                .append(RANK).append(search == null ? "" : search.carried()).append(from());
        if (after != null) {
            inner.append(" and ").append(after(after, rank));
        }
        inner.append(" order by ").append(order("a.", query.sort() == ArticleSort.RELEVANCE ? RANK : null))
                .append(" limit ").append(fetch);
        if (search == null) {
            return inner.toString();
        }
        return search.with() + " select page.id, page.published_at, page." + RANK + ", " + search.snippet()
                + " as snippet from (" + inner + ") page join article sa on sa.id = page.id"
                + " join article_search ss on ss.article_id = page.id" + search.snippetJoin() + " order by "
                + order("page.", query.sort() == ArticleSort.RELEVANCE ? "page." + RANK : null);
    }

    /**
     * {@link #page} without search, joined by key to each article's delivery document: the card when the document
     * is current, null otherwise. The page is chosen exactly as without the documents.
     */
    String pageWithSummaries(ArticleCursor after, int fetch) {
        return "select page.id, page.published_at, " + DocumentRow.current("d", "da", "summary") + " as summary,"
                + " d.summary_keys from (" + page(after, fetch) + ") page join article da on da.id = page.id"
                + " cross join delivery_epoch e left join delivery_document d on d.article_id = page.id order by "
                + order("page.", null);
    }

    String count() {
        return (search == null ? "" : search.with() + " ") + "select count(*)" + from();
    }

    /** Binds the parameters of {@link #page} (with {@code after}) or of {@link #count} (with null). */
    Query bind(Query statement, ArticleCursor after, boolean page) {
        values(after, page).forEach(statement::setParameter);
        return statement;
    }

    /** The values of the parameters of {@link #page} (with {@code after}) or of {@link #count} (with null). */
    Map<String, Object> values(ArticleCursor after, boolean page) {
        Map<String, Object> values = new HashMap<>(parameters);
        if (page && search != null) {
            values.putAll(search.snippetParameters());
        }
        if (after != null) {
            values.put("afterTime", after.time());
            values.put("afterId", after.id());
            if (after.rank() != null) {
                values.put("afterRank", after.rank());
            }
        }
        return values;
    }

    private String from() {
        return " from article a" + (search == null ? "" : search.join()) + " where " + String.join(" and ", predicates);
    }

    private void tags(List<UUID> tagIds) {
        if (query.tagMode() == TagMode.ANY || tagIds.size() == 1) {
            where("exists (select 1 from article_tag t where t.article_id = a.id and t.tag_id in (:tags))", "tags",
                    tagIds);
            return;
        }
        for (int i = 0; i < tagIds.size(); i++) {
            where("exists (select 1 from article_tag t" + i + " where t" + i + ".article_id = a.id and t" + i
                    + ".tag_id = :tag" + i + ")", "tag" + i, tagIds.get(i));
        }
    }

    private void where(String predicate, String parameter, Object value) {
        predicates.add(predicate);
        parameters.put(parameter, value);
    }

    private String order(String prefix, String rank) {
        String direction = query.sort() == ArticleSort.OLDEST ? "asc" : "desc";
        return (rank == null ? "" : rank + " desc, ") + prefix + "published_at " + direction + ", " + prefix + "id "
                + direction;
    }

    /**
     * Everything after the position in the list's order. The first condition on the publication time is implied
     * by the rest, but bounds the scan of the feed index.
     */
    private String after(ArticleCursor after, String rank) {
        String time = query.sort() == ArticleSort.OLDEST
                ? "a.published_at >= :afterTime and (a.published_at > :afterTime or a.id > :afterId)"
                : "a.published_at <= :afterTime and (a.published_at < :afterTime or a.id < :afterId)";
        if (after.rank() == null) {
            return time;
        }
        return "(" + rank + " < :afterRank or (" + rank + " = :afterRank and (a.published_at < :afterTime"
                + " or (a.published_at = :afterTime and a.id < :afterId))))";
    }
}
