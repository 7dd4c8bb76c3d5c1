package io.masthead.article;

import io.masthead.platform.SharedContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Announces the published articles that show something which changed outside them: a media item's metadata, a
 * tag's or a section's names. Their representation changes although the articles do not (their version stays),
 * so delivery subscribers and sync clients hear of each as an update. Call it in the transaction of the change,
 * once the change is flushed. Scheduled articles need no announcement: they are rendered as they are when they
 * go live.
 */
@ApplicationScoped
public class EmbeddedChanges {
    private static final String SHOWING_MEDIA = "(a.heroMedia.id = :id or a.audioMedia.id = :id"
            + " or exists (select 1 from Block b where b.article = a and b.media.id = :id))";
    private static final String SHOWING_TAG = "exists (select 1 from Article t join t.tags tag"
            + " where t = a and tag.id = :id)";
    private static final String SHOWING_SECTION = "a.section.id = :id";

    private final EntityManager entityManager;
    private final Event<ArticleChanged> events;
    private final Event<SharedContentChanged> shared;
    private final Clock clock;

    EmbeddedChanges(EntityManager entityManager, Event<ArticleChanged> events, Event<SharedContentChanged> shared,
                    Clock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.shared = shared;
        this.clock = clock;
    }

    /** As hero, audio or in an image block. */
    public void mediaChanged(UUID mediaId) {
        announce(SHOWING_MEDIA, mediaId, "media " + mediaId);
    }

    public void tagChanged(UUID tagId) {
        announce(SHOWING_TAG, tagId, "tag " + tagId);
    }

    public void sectionChanged(UUID sectionId) {
        announce(SHOWING_SECTION, sectionId, "section " + sectionId);
    }

    /**
     * Scheduled articles are not announced, but what the delivery read model rendered of them is as stale as the
     * rest: the shared change goes out whether or not a published article shows it.
     */
    private void announce(String showing, UUID id, String what) {
        shared.fire(new SharedContentChanged(what));
        Instant now = clock.instant();
        PublishedNow.bind(entityManager.createQuery("select a.id, a.translationGroupId, a.slug, a.language,"
                        + " a.version, a.publishedAt.instant, a.publishedAt.offsetSeconds from Article a where "
                        + PublishedNow.where("a") + " and " + showing, Object[].class), now)
                .setParameter("id", id)
                .getResultList()
                .forEach(row -> events.fire(new ArticleChanged(ArticleChanged.Type.UPDATED, (UUID) row[0],
                        (UUID) row[1], (String) row[2], (String) row[3], (Long) row[4],
                        ((Instant) row[5]).atOffset(ZoneOffset.ofTotalSeconds((Integer) row[6])), true)));
    }
}
