package io.masthead.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.article.ArticleDetail;
import io.masthead.article.DocumentStamps;
import io.masthead.article.PublishedArticles;
import io.masthead.article.PublishedNow;
import io.masthead.article.RenderedArticle;
import io.masthead.article.RenderingFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;

/**
 * Renders delivery documents, one batch per transaction. The stamps are read before the content: a change that
 * commits while a batch renders leaves the batch's documents stamped older than the change, so they are not served.
 */
@ApplicationScoped
class DocumentRenderer {
    private static final String COLUMNS = "(article_id, article_version, epoch, renderer, url, surrogate_keys,"
            + " summary_keys, detail, summary)";
    private static final String VALUES = " values (:id, :version, :epoch, :renderer, :url, :keys, :summaryKeys,"
            + " :detail, :summary)";
    /** An older render that commits late must not replace a newer one. */
    private static final String POSTGRESQL_UPSERT = "insert into delivery_document " + COLUMNS + VALUES
            + " on conflict (article_id) do update set article_version = excluded.article_version,"
            + " epoch = excluded.epoch, renderer = excluded.renderer, url = excluded.url,"
            + " surrogate_keys = excluded.surrogate_keys, summary_keys = excluded.summary_keys,"
            + " detail = excluded.detail, summary = excluded.summary"
            + " where delivery_document.epoch < excluded.epoch or (delivery_document.epoch = excluded.epoch"
            + " and delivery_document.article_version <= excluded.article_version)";
    private static final String H2_UPSERT = "merge into delivery_document " + COLUMNS + " key (article_id)" + VALUES;
    private static final String STALE = "(d.article_id is null or not " + DocumentStamps.current("d", "a") + ")";

    private final EntityManager entityManager;
    private final PublishedArticles published;
    private final RenderingFingerprint renderer;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String upsert;

    DocumentRenderer(EntityManager entityManager, PublishedArticles published, RenderingFingerprint renderer,
                     ObjectMapper mapper, Clock clock,
                     @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.entityManager = entityManager;
        this.published = published;
        this.renderer = renderer;
        this.mapper = mapper;
        this.clock = clock;
        this.upsert = databaseKind.equals("postgresql") ? POSTGRESQL_UPSERT : H2_UPSERT;
    }

    /**
     * Renders the documents of the articles among {@code ids} that are published now, and removes those of the
     * others. Returns how many were rendered.
     */
    @Transactional
    int render(Collection<UUID> ids) {
        Instant now = clock.instant();
        long epoch = ((Number) entityManager.createNativeQuery("select epoch from delivery_epoch where id = 1")
                .getSingleResult()).longValue();
        Map<UUID, Long> versions = new HashMap<>();
        entityManager.createNativeQuery("select id, version from article where id in (:ids)")
                .setParameter("ids", ids)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("version", Long.class)
                .getResultList()
                .forEach(row -> versions.put((UUID) ((Object[]) row)[0], (Long) ((Object[]) row)[1]));
        Map<UUID, PublishedArticles.Document> documents = published.documents(versions.keySet(), now);
        // The records hold all that is stored; without the entities read for them, each upsert's automatic flush
        // has nothing to check (it checked every article, block and tag of the batch, once per document).
        entityManager.clear();
        documents.forEach((id, document) -> store(document, versions.get(id), epoch));
        List<UUID> gone = ids.stream().filter(id -> !documents.containsKey(id)).toList();
        if (!gone.isEmpty()) {
            entityManager.createNativeQuery("delete from delivery_document where article_id in (:ids)")
                    .setParameter("ids", gone)
                    .executeUpdate();
        }
        return documents.size();
    }

    /**
     * The next {@code limit} published-now articles, newest first, after the position {@code after} of an earlier
     * call (null: from the newest), published at {@code since} or later (null: any), with those among them whose
     * document is not current.
     *
     * <p>The statement walks the feed index and probes each document by key, so it costs the same for every page.
     * Asking for the stale documents directly lets PostgreSQL estimate how many there are, and at 1,000,000 articles
     * it chose to join every article with every document and sort: a second per batch of 100.
     */
    @Transactional
    Page next(Position after, Instant since, int limit) {
        Instant now = clock.instant();
        Query query = entityManager.createNativeQuery("select a.id, a.published_at, case when " + STALE
                + " then 1 else 0 end as stale from (select p.id, p.published_at, p.version from article p"
                + " where " + PublishedNow.sql("p")
                + (since == null ? "" : " and p.published_at >= :since")
                + (after == null ? "" : " and p.published_at <= :afterTime"
                        + " and (p.published_at < :afterTime or p.id < :afterId)")
                + " order by p.published_at desc, p.id desc limit " + limit + ") a"
                + " cross join delivery_epoch e left join delivery_document d on d.article_id = a.id"
                + " order by a.published_at desc, a.id desc");
        PublishedNow.bindSql(query, now).setParameter("renderer", renderer.value());
        if (since != null) {
            query.setParameter("since", since);
        }
        if (after != null) {
            query.setParameter("afterTime", after.publishedAt()).setParameter("afterId", after.id());
        }
        List<Object[]> rows = ((List<?>) query.unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("published_at", Instant.class)
                .addScalar("stale", Integer.class)
                .getResultList()).stream()
                .map(row -> (Object[]) row)
                .toList();
        if (rows.isEmpty()) {
            return new Page(List.of(), null);
        }
        Object[] last = rows.get(rows.size() - 1);
        return new Page(rows.stream().filter(row -> ((Integer) row[2]) == 1).map(row -> (UUID) row[0]).toList(),
                new Position((UUID) last[0], (Instant) last[1]));
    }

    private void store(PublishedArticles.Document document, long version, long epoch) {
        ArticleDetail detail = document.detail();
        try {
            entityManager.createNativeQuery(upsert)
                    .setParameter("id", detail.id())
                    .setParameter("version", version)
                    .setParameter("epoch", epoch)
                    .setParameter("renderer", renderer.value())
                    .setParameter("url", detail.url())
                    .setParameter("keys", String.join(" ", detail.surrogateKeys()))
                    .setParameter("summaryKeys", String.join(" ", document.summary().surrogateKeys()))
                    .setParameter("detail", RenderedArticle.document(detail, mapper))
                    .setParameter("summary", mapper.writeValueAsString(document.summary()))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a sweep is in the order of publication. */
    record Position(UUID id, Instant publishedAt) {
    }

    /** The stale articles of a page of the walk, and where the page ended (null: there was nothing left). */
    record Page(List<UUID> stale, Position end) {
    }
}
