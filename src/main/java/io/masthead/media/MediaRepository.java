package io.masthead.media;

import io.masthead.article.PublishedNow;
import io.masthead.http.Keyset;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class MediaRepository implements PanacheRepositoryBase<Media, UUID> {

    /**
     * A media item that something public shows: a published article (as hero, audio or image block) or the site
     * logo. Media that only drafts use stays hidden, because it can give a story away before it is published.
     */
    public Optional<Media> findPublishedById(UUID id, Instant now) {
        String query = "select m from Media m left join fetch m.renditions where m.id = :id and ("
                + "exists (select 1 from Article a where (a.heroMedia = m or a.audioMedia = m) and "
                + PublishedNow.where("a") + ")"
                + " or exists (select 1 from Block b join b.article a where b.media = m and "
                + PublishedNow.where("a") + ")"
                + " or exists (select 1 from Site s where s.logo = m))";
        return PublishedNow.bind(getEntityManager().createQuery(query, Media.class), now)
                .setParameter("id", id)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The item, locked for the rest of the transaction so that concurrent writers queue up. */
    public Optional<Media> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Media.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A page of items in any use, newest first, optionally of one kind. For the management API only. */
    public List<Media> findPage(MediaKind kind, Keyset.TimeAndId after, int limit) {
        StringBuilder jpql = new StringBuilder("select m from Media m where 1 = 1");
        if (kind != null) {
            jpql.append(" and m.kind = :kind");
        }
        if (after != null) {
            jpql.append(" and (m.createdAt < :afterTime or (m.createdAt = :afterTime and m.id < :afterId))");
        }
        TypedQuery<Media> query = getEntityManager()
                .createQuery(jpql.append(" order by m.createdAt desc, m.id desc").toString(), Media.class)
                .setMaxResults(limit);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (after != null) {
            query.setParameter("afterTime", after.time().atOffset(ZoneOffset.UTC))
                    .setParameter("afterId", after.id());
        }
        return query.getResultList();
    }
}
