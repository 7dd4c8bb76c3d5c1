package io.masthead.tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The old slugs of merged and renamed tags, and the tags they stand for now. */
@ApplicationScoped
public class TagAliases {
    private final EntityManager entityManager;

    TagAliases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Leaves {@code slug} behind as an alias of {@code tag}. */
    void add(String slug, Tag tag) {
        entityManager.persist(new TagAlias(slug, tag));
    }

    /** A tag takes the slug for itself, so it stops standing for another tag. */
    void release(String slug) {
        entityManager.createQuery("delete from TagAlias a where a.slug = :slug")
                .setParameter("slug", slug)
                .executeUpdate();
    }

    /** Every alias of {@code from} stands for {@code to} from now on, so that aliases never chain. */
    void repoint(Tag from, Tag to) {
        entityManager.createQuery("update TagAlias a set a.tag = :to where a.tag = :from")
                .setParameter("to", to)
                .setParameter("from", from)
                .executeUpdate();
    }

    /** The tags that old slugs stand for now, keyed by old slug; slugs that are no alias are absent. */
    public Map<String, Tag> resolve(Collection<String> slugs) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        if (slugs.isEmpty()) {
            return tags;
        }
        entityManager.createQuery("select a from TagAlias a join fetch a.tag where a.slug in :slugs", TagAlias.class)
                .setParameter("slugs", slugs)
                .getResultStream()
                .forEach(alias -> tags.put(alias.slug, alias.tag));
        return tags;
    }

    /** The current slug of the tag that an alias stands for. */
    Optional<String> currentSlug(String alias) {
        return entityManager.createQuery("select t.slug from TagAlias a join a.tag t where a.slug = :slug",
                        String.class)
                .setParameter("slug", alias)
                .getResultStream()
                .findFirst();
    }

    /** The aliases of each tag in slug order; tags without any are absent. */
    Map<UUID, List<String>> of(Collection<UUID> tagIds) {
        Map<UUID, List<String>> aliases = new LinkedHashMap<>();
        if (tagIds.isEmpty()) {
            return aliases;
        }
        entityManager.createQuery("select a.tag.id, a.slug from TagAlias a where a.tag.id in :ids order by a.slug",
                        Object[].class)
                .setParameter("ids", tagIds)
                .getResultStream()
                .forEach(row -> aliases.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return aliases;
    }
}
