package io.masthead.article;

import io.masthead.http.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Article queries for the management API, which sees every state. Nothing here may serve the delivery API. */
@ApplicationScoped
public class EditorialArticleRepository {
    private final EntityManager entityManager;

    EditorialArticleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Article> findById(UUID id) {
        return entityManager.createQuery("select a from Article a left join fetch a.section"
                        + " left join fetch a.heroMedia left join fetch a.audioMedia where a.id = :id", Article.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    void persist(Article article) {
        entityManager.persist(article);
    }

    void flush() {
        entityManager.flush();
    }

    boolean isStored(Article article) {
        return entityManager.contains(article);
    }

    /** Whether another article than {@code self} uses this slug in this language. */
    boolean slugTaken(String language, String slug, UUID self) {
        return entityManager.createQuery("select count(a) from Article a where a.language = :language"
                        + " and a.slug = :slug and a.id <> :self", Long.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .setParameter("self", self)
                .getSingleResult() > 0;
    }

    /** The slugs other articles in this language use that are {@code stem} or start with {@code prefix}. */
    List<String> slugsLike(String language, String stem, String prefix, UUID self) {
        return entityManager.createQuery("select a.slug from Article a where a.language = :language"
                        + " and a.id <> :self and (a.slug = :stem or a.slug like :prefix)", String.class)
                .setParameter("language", language)
                .setParameter("self", self)
                .setParameter("stem", stem)
                .setParameter("prefix", prefix + "%")
                .getResultList();
    }

    /** Whether another article than {@code self} of the translation group is in this language. */
    boolean translationExists(UUID translationGroupId, String language, UUID self) {
        return entityManager.createQuery("select count(a) from Article a where a.translationGroupId = :group"
                        + " and a.language = :language and a.id <> :self", Long.class)
                .setParameter("group", translationGroupId)
                .setParameter("language", language)
                .setParameter("self", self)
                .getSingleResult() > 0;
    }

    public boolean exists(UUID id) {
        return entityManager.createQuery("select count(a) from Article a where a.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult() > 0;
    }

    /** The article, locked for the rest of the transaction so that concurrent writers queue up. */
    public Optional<Article> findForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Article> translationsOf(Article article) {
        return entityManager.createQuery("select a from Article a where a.translationGroupId = :group"
                        + " and a.id <> :id order by a.language", Article.class)
                .setParameter("group", article.translationGroupId)
                .setParameter("id", article.id)
                .getResultList();
    }

    /** A page in order of the last change, newest first, optionally in one state and language. */
    public List<Article> findPage(ArticleState state, String language, String cursor, int limit, Instant now) {
        StringBuilder jpql = new StringBuilder("select a from Article a where 1 = 1");
        if (state != null) {
            jpql.append(switch (state) {
                case DRAFT -> " and a.status = io.masthead.article.ArticleStatus.DRAFT";
                case ARCHIVED -> " and a.status = io.masthead.article.ArticleStatus.ARCHIVED";
                case SCHEDULED -> " and a.status = io.masthead.article.ArticleStatus.PUBLISHED"
                        + " and a.publishedAt.instant > :now";
                case PUBLISHED -> " and " + PublishedNow.where("a");
            });
        }
        if (language != null) {
            jpql.append(" and a.language = :language");
        }
        Keyset.TimeAndId after = Keyset.TimeAndId.decode(cursor);
        if (after != null) {
            jpql.append(" and (a.updatedAt.instant < :afterTime"
                    + " or (a.updatedAt.instant = :afterTime and a.id < :afterId))");
        }
        jpql.append(" order by a.updatedAt.instant desc, a.id desc");
        TypedQuery<Article> query = entityManager.createQuery(jpql.toString(), Article.class).setMaxResults(limit);
        if (state == ArticleState.PUBLISHED) {
            PublishedNow.bind(query, now);
        } else if (state == ArticleState.SCHEDULED) {
            query.setParameter("now", now);
        }
        if (language != null) {
            query.setParameter("language", language);
        }
        if (after != null) {
            query.setParameter("afterTime", after.time()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }
}
