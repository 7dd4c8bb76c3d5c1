package io.masthead.media;

import io.masthead.article.Article;
import io.masthead.article.ArticleState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Where used" for the management API: every article in any state that shows a media item, by role, and
 * whether it is the site logo. One statement per role, each on an indexed foreign key.
 */
@ApplicationScoped
class MediaUsages {
    static final int MAX_LISTED = 100;
    private static final int MAX_IN_DETAIL = 10;
    private static final Map<MediaRole, String> WHERE = Map.of(
            MediaRole.HERO, "a.heroMedia.id = :media",
            MediaRole.AUDIO, "a.audioMedia.id = :media",
            MediaRole.BLOCK, "exists (select 1 from Block b where b.article = a and b.media.id = :media)");

    private final EntityManager entityManager;
    private final Clock clock;

    MediaUsages(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    Usage of(UUID mediaId) {
        Instant now = clock.instant();
        List<MediaUse> uses = new ArrayList<>();
        for (MediaRole role : MediaRole.values()) {
            entityManager.createQuery("select a from Article a where " + WHERE.get(role)
                            + " order by a.updatedAt.instant desc, a.id desc", Article.class)
                    .setParameter("media", mediaId)
                    .setMaxResults(MAX_LISTED)
                    .getResultStream()
                    .map(a -> new MediaUse(a.id, a.slug, a.language, ArticleState.of(a, now), role))
                    .forEach(uses::add);
        }
        boolean siteLogo = entityManager.createQuery("select count(s) from Site s where s.logo.id = :media", Long.class)
                .setParameter("media", mediaId)
                .getSingleResult() > 0;
        return new Usage(List.copyOf(uses.subList(0, Math.min(MAX_LISTED, uses.size()))), siteLogo);
    }

    /** The uses of one item: at most {@link #MAX_LISTED} articles, heroes first, then audio, then image blocks. */
    record Usage(List<MediaUse> articles, boolean siteLogo) {
        boolean isEmpty() {
            return articles.isEmpty() && !siteLogo;
        }

        /** The uses that need another kind than {@code kind}. */
        Usage needingOtherThan(MediaKind kind) {
            return new Usage(articles.stream().filter(use -> use.role().requiredKind() != kind).toList(),
                    siteLogo && kind != MediaKind.IMAGE);
        }

        /** The uses in words, for a problem detail. */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (siteLogo) {
                parts.add("the site logo");
            }
            articles.stream().limit(MAX_IN_DETAIL).forEach(use -> parts.add(use.role().wire() + " of article "
                    + use.language() + "/" + use.slug() + " (" + use.status().wire() + ", " + use.articleId() + ")"));
            String listed = String.join("; ", parts);
            return articles.size() > MAX_IN_DETAIL ? listed + "; and more (see usedBy)" : listed;
        }
    }
}
