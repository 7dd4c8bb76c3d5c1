package io.masthead.media;

import io.masthead.article.PublishedNow;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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
}
