package io.masthead.article;

import io.masthead.section.Section;
import io.masthead.search.SearchSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;

/**
 * Article queries for the delivery API. Every method here returns published-now articles only; it has no
 * unfiltered finder to inherit, so that none can be called from the delivery side by mistake.
 */
@ApplicationScoped
public class ArticleRepository {
    private static final String WITH_SINGLE_RELATIONS = "select a from Article a"
            + " left join fetch a.section left join fetch a.heroMedia left join fetch a.audioMedia";

    private static final String TRANSLATION_COLUMNS = "a.id, a.language, a.slug, a.headline, s.slug,"
            + " a.firstPublishedAt.instant";
    private final EntityManager entityManager;
    private final ArticleConfig config;

    ArticleRepository(EntityManager entityManager, ArticleConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** The article with only the relations that {@code shape} shows joined: the others are never loaded. */
    Optional<Article> findPublishedBySlug(String language, String slug, Instant now, ArticleShape shape) {
        return readOnly(oneArticle(shape) + " where a.language = :language and a.slug = :slug and "
                + PublishedNow.where("a"), now)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst();
    }

    Optional<Article> findPublishedById(UUID id, Instant now, ArticleShape shape) {
        return readOnly(oneArticle(shape) + " where a.id = :id and " + PublishedNow.where("a"), now)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * One page of the list {@code query} after {@code after}: ids in order, with rank and snippet when searching.
     * {@code tagIds} are the requested tags, resolved beforehand, so that each candidate costs one key lookup.
     */
    List<PageRow> findPublishedPage(ArticleQuery query, List<UUID> tagIds, SearchSql search, ArticleCursor after,
                                    int limit, Instant now) {
        ArticleListQuery list = new ArticleListQuery(query, tagIds, search, config.videoProviders(), now);
        NativeQuery<?> statement = list.bind(entityManager.createNativeQuery(list.page(after, limit)), after, true)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("published_at", Instant.class);
        if (search == null) {
            return statement.getResultList().stream()
                    .map(row -> (Object[]) row)
                    .map(row -> PageRow.of((UUID) row[0], (Instant) row[1], null, null))
                    .toList();
        }
        return statement.addScalar("search_rank", Double.class).addScalar("snippet", String.class)
                .getResultList().stream()
                .map(row -> (Object[]) row)
                .map(row -> PageRow.of((UUID) row[0], (Instant) row[1], (Double) row[2],
                        search.finish().apply((String) row[3])))
                .toList();
    }

    /** How many articles the list {@code query} holds: the same predicates in one count, whatever the cursor. */
    long countPublished(ArticleQuery query, List<UUID> tagIds, SearchSql search, Instant now) {
        ArticleListQuery list = new ArticleListQuery(query, tagIds, search, config.videoProviders(), now);
        Query count = list.bind(entityManager.createNativeQuery(list.count()), null, false);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The languages in which an article with this slug is published now. */
    List<String> findPublishedLanguages(String slug, Instant now) {
        return PublishedNow.bind(entityManager.createQuery("select a.language from Article a where a.slug = :slug"
                        + " and " + PublishedNow.where("a"), String.class), now)
                .setParameter("slug", slug)
                .getResultList();
    }

    /** The id of the published article with this slug in this language. */
    public Optional<UUID> findPublishedId(String language, String slug, Instant now) {
        return PublishedNow.bind(entityManager.createQuery("select a.id from Article a where a.language = :language"
                        + " and a.slug = :slug and " + PublishedNow.where("a"), UUID.class), now)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /**
     * The published articles among {@code ids}, in the order of {@code ids} (ids no longer published are left out),
     * with their section, hero and audio media, the names of their sections and the renditions of their media: a
     * fixed number of statements however many articles there are.
     */
    public List<Article> findPublishedByIds(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Article> found = readOnly(WITH_SINGLE_RELATIONS + " where a.id in :ids and "
                + PublishedNow.where("a"), now)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(article -> article.id, Function.identity()));
        // By the ids the articles name, not by a subquery on the articles: key lookups whatever the planner's
        // statistics say. Media renditions come by batch (Media.renditions), one array-bound statement per page.
        List<UUID> sectionIds = found.values().stream().map(a -> a.section).filter(Objects::nonNull)
                .map(section -> section.id).distinct().toList();
        if (!sectionIds.isEmpty()) {
            fetchInto("select distinct s from Section s left join fetch s.names where s.id in :ids", Section.class,
                    sectionIds);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Loads the bylines and sources of articles found by {@link #findPublishedByIds}: two statements. */
    public void fetchBylinesAndSources(Collection<UUID> ids) {
        fetchInto("select distinct a from Article a left join fetch a.contributors where a.id in :ids", Article.class,
                ids);
        fetchInto("select distinct a from Article a left join fetch a.sources where a.id in :ids", Article.class, ids);
    }

    /**
     * The published translations of many articles, by the id of each article, each without the article itself,
     * with what the article URL pattern needs to address them.
     */
    public Map<UUID, List<TranslationAddress>> findPublishedTranslations(Collection<Article> originals, Instant now) {
        Map<UUID, List<TranslationAddress>> byGroup = new HashMap<>();
        String jpql = "select a.translationGroupId, " + TRANSLATION_COLUMNS + " from Article a left join a.section s"
                + " where a.translationGroupId in :groups and " + PublishedNow.where("a") + " order by a.language";
        PublishedNow.bind(entityManager.createQuery(jpql, Object[].class), now)
                .setParameter("groups", originals.stream().map(a -> a.translationGroupId).distinct().toList())
                .getResultList()
                .forEach(row -> byGroup.computeIfAbsent((UUID) row[0], group -> new ArrayList<>())
                        .add(TranslationAddress.of(row, 1)));
        Map<UUID, List<TranslationAddress>> byArticle = new HashMap<>();
        for (Article original : originals) {
            byArticle.put(original.id, byGroup.getOrDefault(original.translationGroupId, List.of()).stream()
                    .filter(translation -> !translation.ref().id().equals(original.id))
                    .toList());
        }
        return byArticle;
    }

    /** The published translations of an article, without the article itself. */
    public List<TranslationAddress> findPublishedTranslations(Article article, Instant now) {
        String jpql = "select " + TRANSLATION_COLUMNS + " from Article a left join a.section s"
                + " where a.translationGroupId = :group and a.id <> :id and "
                + PublishedNow.where("a") + " order by a.language";
        return PublishedNow.bind(entityManager.createQuery(jpql, Object[].class), now)
                .setParameter("group", article.translationGroupId)
                .setParameter("id", article.id)
                .getResultList().stream()
                .map(row -> TranslationAddress.of(row, 0))
                .toList();
    }

    /** Runs a fetch query for what it loads into the session; the entities found there are then complete. */
    private <T> void fetchInto(String jpql, Class<T> type, Collection<UUID> ids) {
        entityManager.createQuery(jpql, type)
                .setParameter("ids", ids)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /**
     * One article with the single relations and its byline and sources as well (those it shows): both are short
     * (validation caps them at 20), so their product stays small and saves two statements on the hottest read.
     */
    private static String oneArticle(ArticleShape shape) {
        return "select a from Article a left join fetch a.section"
                + (shape.has(ArticlePart.MEDIA) ? " left join fetch a.heroMedia left join fetch a.audioMedia" : "")
                + (shape.has(ArticlePart.BYLINE) ? " left join fetch a.contributors" : "")
                + (shape.shows("sources") ? " left join fetch a.sources" : "");
    }

    private TypedQuery<Article> readOnly(String jpql, Instant now) {
        return PublishedNow.bind(entityManager.createQuery(jpql, Article.class), now)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
    }
}
