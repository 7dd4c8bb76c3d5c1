package io.masthead.article;

import io.masthead.persistence.NamedSql;
import io.masthead.persistence.PlainReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The read model's reads, each one statement through plain JDBC ({@link PlainReads}):
 * <ul>
 *     <li>a published-now article with its document (when current) and its published translations. Each article
 *     found brings every article of its translation group as a row, with whether it is published now (only those
 *     are kept); its own row carries the document;</li>
 *     <li>a page of the article list with each article's card (when its document is current), and its count.</li>
 * </ul>
 */
@ApplicationScoped
class DocumentRepository {
    /**
     * The translation group's articles are filtered on {@code published} here, not in the join: a published-now
     * predicate on {@code t} would let the planner walk the feed index of published articles for {@code t} and
     * look up {@code a} once per entry, which it chose on tables without statistics (42 s for 20,000 articles).
     */
    private static final String SELECT = "select a.id as found_id, t.id, t.language, t.slug, t.headline,"
            + " s.slug as section_slug, t.first_published_at, t.translation_group_id, e.epoch, "
            + PublishedNow.sql("t") + " as published, " + DocumentRow.CURRENT_DETAIL + " as detail, d.url,"
            + " d.surrogate_keys"
            + " from article a cross join delivery_epoch e"
            + " join article t on t.translation_group_id = a.translation_group_id"
            + " left join section s on s.id = t.section_id"
            + " left join delivery_document d on d.article_id = a.id and t.id = a.id"
            + " where %s and " + PublishedNow.sql("a") + " order by a.language, t.language";
    private static final NamedSql BY_SLUG = NamedSql.of(SELECT.formatted("a.slug = :slug"));
    private static final NamedSql BY_SLUG_IN_LANGUAGE = NamedSql.of(
            SELECT.formatted("a.slug = :slug and a.language = :language"));
    private static final NamedSql BY_ID = NamedSql.of(SELECT.formatted("a.id = :id"));

    private final PlainReads reads;

    DocumentRepository(PlainReads reads) {
        this.reads = reads;
    }

    /** The published-now articles with this slug, in {@code language} only unless it is null. */
    List<FoundDocument> findPublishedBySlug(String language, String slug, Instant now, String renderer) {
        Map<String, Object> values = values(now, renderer);
        values.put("slug", slug);
        if (language != null) {
            values.put("language", language);
        }
        return read(language == null ? BY_SLUG : BY_SLUG_IN_LANGUAGE, values);
    }

    Optional<FoundDocument> findPublishedById(UUID id, Instant now, String renderer) {
        Map<String, Object> values = values(now, renderer);
        values.put("id", id);
        return read(BY_ID, values).stream().findFirst();
    }

    /** {@link ArticleListQuery#pageWithSummaries}: the page after {@code after}, {@code fetch} rows at most. */
    List<PageRow> findPublishedPage(ArticleListQuery list, ArticleCursor after, int fetch, String renderer) {
        Map<String, Object> values = list.values(after, true);
        values.put("renderer", renderer);
        return reads.list(NamedSql.of(list.pageWithSummaries(after, fetch)), values, row -> {
            OffsetDateTime published = row.getObject("published_at", OffsetDateTime.class);
            return new PageRow(row.getObject("id", UUID.class), published.toInstant(), null, null,
                    row.getString("summary"), row.getString("summary_keys"));
        });
    }

    long countPublished(ArticleListQuery list) {
        return reads.list(NamedSql.of(list.count()), list.values(null, false), row -> row.getLong(1)).get(0);
    }

    private static Map<String, Object> values(Instant now, String renderer) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        values.put("renderer", renderer);
        return values;
    }

    private List<FoundDocument> read(NamedSql sql, Map<String, Object> values) {
        Map<UUID, DocumentRow> found = new LinkedHashMap<>();
        Map<UUID, List<TranslationAddress>> translations = new LinkedHashMap<>();
        for (Row row : reads.list(sql, values, DocumentRepository::row)) {
            if (!row.published()) {
                continue;
            }
            if (row.foundId().equals(row.translation().ref().id())) {
                found.put(row.foundId(), row.document());
            } else {
                translations.computeIfAbsent(row.foundId(), id -> new ArrayList<>()).add(row.translation());
            }
        }
        return found.values().stream()
                .map(document -> new FoundDocument(document, translations.getOrDefault(document.id(), List.of())))
                .toList();
    }

    private static Row row(ResultSet result) throws SQLException {
        UUID id = result.getObject("id", UUID.class);
        String language = result.getString("language");
        String slug = result.getString("slug");
        OffsetDateTime firstPublished = result.getObject("first_published_at", OffsetDateTime.class);
        TranslationAddress translation = TranslationAddress.of(id, language, slug, result.getString("headline"),
                result.getString("section_slug"), firstPublished == null ? null : firstPublished.toInstant());
        DocumentRow document = new DocumentRow(id, language, result.getObject("translation_group_id", UUID.class),
                result.getLong("epoch"), result.getString("detail"), result.getString("url"),
                result.getString("surrogate_keys"));
        return new Row(result.getObject("found_id", UUID.class), result.getBoolean("published"), translation,
                document);
    }

    /** A published-now article with its document's row and its published translations, by language. */
    record FoundDocument(DocumentRow document, List<TranslationAddress> translations) {
    }

    private record Row(UUID foundId, boolean published, TranslationAddress translation, DocumentRow document) {
    }
}
