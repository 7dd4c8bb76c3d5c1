package io.masthead.search;

import io.masthead.article.PublishedNow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Related articles in one statement: the published articles sharing at least one tag with the article, through
 * the tag index of article_tag, scored by how many tags they share and how recent they are.
 */
@ApplicationScoped
class RelatedArticleRepository {
    /** After this many days an article's shared tags count half; after three times as many, a quarter. */
    static final double HALF_WEIGHT_DAYS = 30;
    private static final String RELATED = "select r.id from article_tag mine"
            + " join article_tag theirs on theirs.tag_id = mine.tag_id and theirs.article_id <> mine.article_id"
            + " join article r on r.id = theirs.article_id"
            + " where mine.article_id = :id and r.language = :language and " + PublishedNow.sql("r")
            + " group by r.id, r.published_at"
            + " order by count(*) * :halfWeightDays"
            + " / (:halfWeightDays + (:nowEpoch - extract(epoch from r.published_at)) / 86400.0) desc,"
            + " r.published_at desc, r.id desc";

    private final EntityManager entityManager;

    RelatedArticleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The ids of the best {@code limit} related articles in {@code language}, best first. */
    List<UUID> find(UUID articleId, String language, int limit, Instant now) {
        return PublishedNow.bindSql(entityManager.createNativeQuery(RELATED, UUID.class), now)
                .setParameter("id", articleId)
                .setParameter("language", language)
                .setParameter("halfWeightDays", HALF_WEIGHT_DAYS)
                .setParameter("nowEpoch", now.getEpochSecond() + now.getNano() / 1e9)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(UUID.class::cast)
                .toList();
    }
}
