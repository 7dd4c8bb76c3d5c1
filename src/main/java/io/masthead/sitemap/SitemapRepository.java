package io.masthead.sitemap;

import io.masthead.article.PublishedNow;
import io.masthead.syndication.ArticleAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sitemap queries. They read projections, never entities, because a sitemap file lists up to 50,000 articles.
 * Articles are filed by the UTC month of their first publication, which never changes once they are live, so a
 * file's URL and contents do not shift when other articles are published.
 */
@ApplicationScoped
class SitemapRepository {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final String ROW = "select a.id, a.language, a.slug, s.slug, a.firstPublishedAt.instant,"
            + " a.translationGroupId, a.updatedAt.instant, a.updatedAt.offsetSeconds from Article a left join a.section s";

    private final EntityManager entityManager;

    SitemapRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * How many published articles first went live on each UTC day, and their newest change: one row per day with
     * articles, so the answer grows with the archive's age, not with its size.
     */
    List<Day> days(Instant now) {
        String day = "floor(extract(epoch from a.firstPublishedAt.instant) / " + SECONDS_PER_DAY + ")";
        List<Object[]> rows = PublishedNow.bind(entityManager.createQuery("select " + day + ", count(a),"
                        + " max(a.updatedAt.instant) from Article a where " + PublishedNow.where("a")
                        + " group by " + day, Object[].class), now)
                .getResultList();
        List<Day> days = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            days.add(new Day(LocalDate.ofEpochDay(((Number) row[0]).longValue()), ((Number) row[1]).intValue(),
                    (Instant) row[2]));
        }
        return days;
    }

    /** One file of a month: its articles in order of first publication, from {@code offset} on. */
    List<SitemapEntry.Row> month(Instant from, Instant to, int offset, int limit, Instant now) {
        return rows(PublishedNow.bind(entityManager.createQuery(ROW + " where " + PublishedNow.where("a")
                        + " and a.firstPublishedAt.instant >= :from and a.firstPublishedAt.instant < :to"
                        + " order by a.firstPublishedAt.instant, a.id", Object[].class), now)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * Every published member of the translation groups of the articles from {@code first} to {@code last} (in the
     * order of {@link #month}), the articles themselves included.
     */
    List<SitemapEntry.Row> translations(SitemapEntry.Row first, SitemapEntry.Row last, Instant now) {
        return rows(PublishedNow.bind(entityManager.createQuery(ROW + " where " + PublishedNow.where("a")
                        + " and a.translationGroupId in (select p.translationGroupId from Article p where "
                        + PublishedNow.where("p")
                        + " and (p.firstPublishedAt.instant > :firstTime"
                        + " or (p.firstPublishedAt.instant = :firstTime and p.id >= :firstId))"
                        + " and (p.firstPublishedAt.instant < :lastTime"
                        + " or (p.firstPublishedAt.instant = :lastTime and p.id <= :lastId)))", Object[].class), now)
                .setParameter("firstTime", first.address().firstPublishedAt())
                .setParameter("firstId", first.address().id())
                .setParameter("lastTime", last.address().firstPublishedAt())
                .setParameter("lastId", last.address().id())
                .getResultList());
    }

    /** The newest articles first published since {@code since}, at most {@code limit}. */
    List<NewsRow> news(Instant since, int limit, Instant now) {
        List<Object[]> rows = PublishedNow.bind(entityManager.createQuery("select a.id, a.language, a.slug, s.slug,"
                        + " a.firstPublishedAt.instant, a.firstPublishedAt.offsetSeconds, a.headline from Article a"
                        + " left join a.section s where " + PublishedNow.where("a")
                        + " and a.firstPublishedAt.instant >= :since"
                        + " order by a.firstPublishedAt.instant desc, a.id desc", Object[].class), now)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
        List<NewsRow> news = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Instant first = (Instant) row[4];
            news.add(new NewsRow(new ArticleAddress((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                    first), first.atOffset(ZoneOffset.ofTotalSeconds((Integer) row[5])), (String) row[6]));
        }
        return news;
    }

    private static List<SitemapEntry.Row> rows(List<Object[]> rows) {
        List<SitemapEntry.Row> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            OffsetDateTime updated = ((Instant) row[6]).atOffset(ZoneOffset.ofTotalSeconds((Integer) row[7]));
            result.add(new SitemapEntry.Row(new ArticleAddress((UUID) row[0], (String) row[1], (String) row[2],
                    (String) row[3], (Instant) row[4]), (UUID) row[5], updated));
        }
        return result;
    }

    /** The published articles first published on one UTC day. */
    record Day(LocalDate date, int articles, Instant lastModified) {
    }

    /** An article of the news sitemap. */
    record NewsRow(ArticleAddress address, OffsetDateTime published, String headline) {
    }
}
