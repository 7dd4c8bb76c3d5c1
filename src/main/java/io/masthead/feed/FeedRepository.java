package io.masthead.feed;

import io.masthead.article.Article;
import io.masthead.article.PublishedNow;
import io.masthead.body.Block;
import io.masthead.body.BlockView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * The queries behind a feed: one for the articles, one for all their bylines and one for all their bodies,
 * whatever the number of items and blocks. Every article query embeds {@link PublishedNow}.
 */
@ApplicationScoped
class FeedRepository {
    private final EntityManager entityManager;

    FeedRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The newest published articles in a language, section and tag (each null for any), with their media. */
    List<Article> newest(String language, UUID sectionId, UUID tagId, int limit, Instant now) {
        StringBuilder jpql = new StringBuilder("select a from Article a left join fetch a.section"
                + " left join fetch a.heroMedia left join fetch a.audioMedia where ").append(PublishedNow.where("a"));
        if (language != null) {
            jpql.append(" and a.language = :language");
        }
        if (sectionId != null) {
            jpql.append(" and a.section.id = :section");
        }
        if (tagId != null) {
            jpql.append(" and exists (select 1 from Article tagged join tagged.tags t where tagged = a and t.id = :tag)");
        }
        jpql.append(" order by a.publishedAt.instant desc, a.id desc");
        TypedQuery<Article> query = PublishedNow.bind(entityManager.createQuery(jpql.toString(), Article.class), now)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(limit);
        if (language != null) {
            query.setParameter("language", language);
        }
        if (sectionId != null) {
            query.setParameter("section", sectionId);
        }
        if (tagId != null) {
            query.setParameter("tag", tagId);
        }
        return query.getResultList();
    }

    /** The byline names of each article, in display order. */
    Map<UUID, List<String>> bylines(Collection<UUID> articleIds) {
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return names;
        }
        entityManager.createQuery("select a.id, c.name from Article a join a.contributors c where a.id in :ids"
                        + " order by a.id, index(c)", Object[].class)
                .setParameter("ids", articleIds)
                .getResultList()
                .forEach(row -> names.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return names;
    }

    /**
     * The body of each article in order. Image blocks come with their media and its renditions, list blocks with
     * their items, in this one statement: an image block has no items and a list block no media, so the joins
     * do not multiply.
     */
    Map<UUID, List<BlockView>> bodies(Collection<UUID> articleIds) {
        Map<UUID, List<BlockView>> bodies = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return bodies;
        }
        entityManager.createQuery("select b from Block b left join fetch b.media m left join fetch m.renditions"
                        + " left join fetch b.items where b.article.id in :ids order by b.article.id, b.position",
                        Block.class)
                .setParameter("ids", articleIds)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .forEach(block -> bodies.computeIfAbsent(block.article.id, id -> new ArrayList<>())
                        .add(BlockView.of(block)));
        return bodies;
    }
}
