package io.masthead.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** Article queries for the delivery API. Every method here returns published-now articles only. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {
    private static final String WITH_SINGLE_RELATIONS = "select a from Article a"
            + " left join fetch a.section left join fetch a.heroMedia left join fetch a.audioMedia";

    public Optional<Article> findPublishedBySlug(String language, String slug, Instant now) {
        return readOnly(WITH_SINGLE_RELATIONS + " where a.language = :language and a.slug = :slug and "
                + PublishedNow.where("a"), now)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<Article> findPublishedById(UUID id, Instant now) {
        return readOnly(WITH_SINGLE_RELATIONS + " where a.id = :id and " + PublishedNow.where("a"), now)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** One page of the newest published articles that pass the filter, starting after {@code after}. */
    public List<Article> findPublishedPage(ArticleFilter filter, ArticleCursor after, int limit, Instant now) {
        StringBuilder jpql = new StringBuilder(WITH_SINGLE_RELATIONS).append(" where ").append(PublishedNow.where("a"));
        if (filter.language() != null) {
            jpql.append(" and a.language = :language");
        }
        if (filter.section() != null) {
            jpql.append(" and a.section.slug = :section");
        }
        if (filter.tag() != null) {
            // The old slug of a merged or renamed tag filters by the tag it now stands for.
            jpql.append(" and exists (select 1 from Article tagged join tagged.tags t where tagged = a and"
                    + " (t.slug = :tag or t.id = (select alias.tag.id from TagAlias alias where alias.slug = :tag)))");
        }
        if (after != null) {
            jpql.append(" and (a.publishedAt.instant < :afterTime or (a.publishedAt.instant = :afterTime and a.id < :afterId))");
        }
        jpql.append(" order by a.publishedAt.instant desc, a.id desc");

        TypedQuery<Article> query = readOnly(jpql.toString(), now).setMaxResults(limit);
        if (filter.language() != null) {
            query.setParameter("language", filter.language());
        }
        if (filter.section() != null) {
            query.setParameter("section", filter.section());
        }
        if (filter.tag() != null) {
            query.setParameter("tag", filter.tag());
        }
        if (after != null) {
            query.setParameter("afterTime", after.publishedAt()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }

    /** The published translations of an article, without the article itself. */
    public List<TranslationRef> findPublishedTranslations(Article article, Instant now) {
        String jpql = "select new io.masthead.article.TranslationRef(a.id, a.language, a.slug, a.headline)"
                + " from Article a where a.translationGroupId = :group and a.id <> :id and "
                + PublishedNow.where("a") + " order by a.language";
        return PublishedNow.bind(getEntityManager().createQuery(jpql, TranslationRef.class), now)
                .setParameter("group", article.translationGroupId)
                .setParameter("id", article.id)
                .getResultList();
    }

    private TypedQuery<Article> readOnly(String jpql, Instant now) {
        return PublishedNow.bind(getEntityManager().createQuery(jpql, Article.class), now)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
    }
}
