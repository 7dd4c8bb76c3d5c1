package io.masthead.representation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads {@link ArticleExtras} in one statement. It is called only for an article that the delivery service has just
 * found published, in the same transaction.
 */
@ApplicationScoped
class ArticleExtrasRepository {
    private final EntityManager entityManager;

    ArticleExtrasRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    ArticleExtras of(UUID articleId) {
        List<Object[]> rows = entityManager.createQuery("select a.version, a.createdAt.instant,"
                        + " a.createdAt.offsetSeconds, a.section.id, t.id, t.iptcMediaTopic, t.wikidataQid"
                        + " from Article a left join a.tags t where a.id = :id", Object[].class)
                .setParameter("id", articleId)
                .getResultList();
        Map<UUID, ArticleExtras.TagIds> tags = new HashMap<>();
        for (Object[] row : rows) {
            if (row[4] != null) {
                tags.put((UUID) row[4], new ArticleExtras.TagIds((String) row[5], (String) row[6]));
            }
        }
        Object[] first = rows.get(0);
        return new ArticleExtras((Long) first[0],
                ((Instant) first[1]).atOffset(ZoneOffset.ofTotalSeconds((Integer) first[2])), (UUID) first[3], tags);
    }
}
