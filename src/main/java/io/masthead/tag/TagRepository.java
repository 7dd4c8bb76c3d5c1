package io.masthead.tag;

import io.masthead.article.PublishedNow;
import io.masthead.persistence.NamedSql;
import io.masthead.persistence.PlainReads;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class TagRepository implements PanacheRepositoryBase<Tag, UUID> {
    /** A plain read: the list's first statement, before its page, needs no Hibernate session (see PlainReads). */
    private static final NamedSql IDS_BY_SLUGS_OR_ALIASES = NamedSql.of(
            "select slug, id from tag where slug in (:slugs) union all select slug, tag_id as id from tag_alias where slug in (:slugs)");

    private final PlainReads reads;

    TagRepository(PlainReads reads) {
        this.reads = reads;
    }

    public Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /**
     * The ids that these slugs name, each the tag's own slug or an old slug (alias) of it, in one statement; slugs
     * that name no tag are absent from the map.
     */
    public Map<String, UUID> findIdsBySlugsOrAliases(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return reads.list(IDS_BY_SLUGS_OR_ALIASES, Map.of("slugs", slugs),
                        row -> Map.entry(row.getString("slug"), row.getObject("id", UUID.class)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
    }

    /**
     * The tags of each article in display order, as labels, and no entities to hydrate, which makes it the cheap
     * part of every article read. Two statements for any number of articles and tags: the articles' tag ids, then
     * those tags by id, each a key lookup that stays an index scan when the planner's statistics are stale (after a
     * bulk import), where one statement joining all four tables became hash joins over whole tables.
     */
    public Map<UUID, List<TagLabel>> findLabelsByArticles(Collection<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        // The link table alone: any join, even to the articles' own rows, is a hash join over a whole table for a
        // planner without statistics, while one table's key lookups stay an index scan.
        @SuppressWarnings("unchecked")
        List<Object[]> links = getEntityManager().createNativeQuery("select article_id, tag_id from article_tag"
                        + " where article_id in (:ids) order by article_id, position")
                .unwrap(NativeQuery.class)
                .addScalar("article_id", UUID.class)
                .addScalar("tag_id", UUID.class)
                .setParameter("ids", articleIds)
                .getResultList();
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<UUID, TagLabel> labels = labels(links.stream().map(link -> (UUID) link[1]).distinct().toList());
        Map<UUID, List<TagLabel>> byArticle = new LinkedHashMap<>();
        for (Object[] link : links) {
            TagLabel label = labels.get((UUID) link[1]);
            // A tag merged away between the two statements is gone from the article by now.
            if (label != null) {
                byArticle.computeIfAbsent((UUID) link[0], id -> new ArrayList<>()).add(label);
            }
        }
        byArticle.replaceAll((article, tags) -> List.copyOf(tags));
        return byArticle;
    }

    /** Every language any tag has a name in: one statement over the names, which are few next to the articles. */
    public Set<String> findLanguages() {
        return new TreeSet<>(getEntityManager().createQuery(
                "select distinct key(l) from Tag t join t.localizations l", String.class).getResultList());
    }

    private Map<UUID, TagLabel> labels(List<UUID> tagIds) {
        List<Object[]> rows = getEntityManager().createQuery("select t.id, t.slug, t.type, key(l), l.name"
                        + " from Tag t left join t.localizations l where t.id in :ids", Object[].class)
                .setParameter("ids", tagIds)
                .getResultList();
        Map<UUID, TagLabel> labels = new HashMap<>();
        for (Object[] row : rows) {
            TagLabel label = labels.computeIfAbsent((UUID) row[0],
                    id -> new TagLabel(id, (String) row[1], (TagType) row[2], new HashMap<>()));
            if (row[3] != null) {
                label.names().put((String) row[3], (String) row[4]);
            }
        }
        return labels;
    }

    /** Tags by id with their localizations and parent loaded in the same statement. */
    public Map<UUID, Tag> withLocalizations(Collection<UUID> tagIds) {
        if (tagIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery(
                        "select distinct t from Tag t left join fetch t.localizations left join fetch t.parent"
                                + " where t.id in :ids", Tag.class)
                .setParameter("ids", tagIds)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(tag -> tag.id, Function.identity(), (same, duplicate) -> same));
    }

    /** One page of tags in slug order, optionally of one type, starting after the slug {@code after}. */
    public List<Tag> findPage(TagType type, String after, int limit) {
        String jpql = "select t.id from Tag t where (:type is null or t.type = :type)"
                + " and (:after is null or t.slug > :after) order by t.slug";
        List<UUID> ids = getEntityManager().createQuery(jpql, UUID.class)
                .setParameter("type", type)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
        Map<UUID, Tag> tags = withLocalizations(ids);
        return ids.stream().map(tags::get).toList();
    }

    /** How many articles in any state carry each tag; tags without any are absent from the map. */
    public Map<UUID, Long> countArticlesInAnyState(Collection<UUID> tagIds) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        if (tagIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select t.id, count(a) from Article a join a.tags t where t.id in :ids"
                        + " group by t.id", Object[].class)
                .setParameter("ids", tagIds)
                .getResultStream()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    /** The tag, locked for the rest of the transaction so that concurrent writers queue up. */
    public Optional<Tag> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Tag.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<UUID> findIdBySlug(String slug) {
        return getEntityManager().createQuery("select t.id from Tag t where t.slug = :slug", UUID.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** The slugs of the tags directly below this one. */
    public List<String> childSlugs(Tag tag) {
        return getEntityManager().createQuery("select t.slug from Tag t where t.parent = :tag order by t.slug",
                        String.class)
                .setParameter("tag", tag)
                .getResultList();
    }

    /** How many published-now articles carry each tag; tags without any are absent from the map. */
    public Map<UUID, Long> countPublishedArticles(Collection<UUID> tagIds, Instant now) {
        if (tagIds.isEmpty()) {
            return Map.of();
        }
        String jpql = "select t.id, count(a) from Article a join a.tags t where t.id in :ids and "
                + PublishedNow.where("a") + " group by t.id";
        Map<UUID, Long> counts = new LinkedHashMap<>();
        PublishedNow.bind(getEntityManager().createQuery(jpql, Object[].class), now)
                .setParameter("ids", tagIds)
                .getResultStream()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
