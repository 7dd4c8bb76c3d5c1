package io.masthead.section;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {
    public Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The section, locked for the rest of the transaction so that concurrent writers queue up. */
    public Optional<Section> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Section.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** One page in slug order, starting after the slug {@code after}; names follow in batches. */
    public List<Section> findPage(String after, int limit) {
        return getEntityManager().createQuery("select s from Section s where (:after is null or s.slug > :after)"
                        + " order by s.slug", Section.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many articles in any state belong to each section; sections without any are absent. */
    public Map<UUID, Long> countArticlesInAnyState(Collection<UUID> sectionIds) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        if (sectionIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select a.section.id, count(a) from Article a where a.section.id in :ids"
                        + " group by a.section.id", Object[].class)
                .setParameter("ids", sectionIds)
                .getResultStream()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
