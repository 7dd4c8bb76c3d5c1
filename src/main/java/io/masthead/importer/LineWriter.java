package io.masthead.importer;

import io.masthead.article.Article;
import io.masthead.article.ArticleChanged;
import io.masthead.article.ArticleStatus;
import io.masthead.article.ArticleWriter;
import io.masthead.article.RevisionAction;
import io.masthead.article.Revisions;
import io.masthead.error.Conflict;
import io.masthead.error.InvalidContent;
import io.masthead.media.MediaWriter;
import io.masthead.tag.TagContent;
import io.masthead.tag.TagWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stores one parsed line in the caller's transaction: its media and tags (reusing those that exist), then the
 * article and its first revision. Every error is reported with a pointer into the line.
 */
@ApplicationScoped
class LineWriter {
    private final EntityManager entityManager;
    private final MediaWriter mediaWriter;
    private final TagWriter tagWriter;
    private final ArticleWriter articles;
    private final Revisions revisions;
    private final Event<ArticleChanged> events;

    LineWriter(EntityManager entityManager, MediaWriter mediaWriter, TagWriter tagWriter, ArticleWriter articles,
               Revisions revisions, Event<ArticleChanged> events) {
        this.entityManager = entityManager;
        this.mediaWriter = mediaWriter;
        this.tagWriter = tagWriter;
        this.articles = articles;
        this.revisions = revisions;
        this.events = events;
    }

    void write(ParsedLine line, String author) {
        Set<UUID> existingMedia = existing("select m.id from Media m where m.id in :keys", UUID.class,
                line.media().stream().map(InlineMedia::id).toList());
        for (int i = 0; i < line.media().size(); i++) {
            InlineMedia item = line.media().get(i);
            if (existingMedia.add(item.id())) {
                withPointers("#/media/" + i, () -> mediaWriter.create(item.id(), item.content()));
            }
        }
        Set<String> existingTags = existing("select t.slug from Tag t where t.slug in :keys", String.class,
                line.tags().stream().map(TagContent::slug).toList());
        for (int i = 0; i < line.tags().size(); i++) {
            TagContent tag = line.tags().get(i);
            if (existingTags.add(tag.slug())) {
                withPointers("#/tags/" + i, () -> tagWriter.create(tag));
            }
        }
        Article article = createArticle(line, author);
        revisions.record(article, RevisionAction.IMPORT, author);
        if (line.status() == ArticleStatus.PUBLISHED) {
            // What ArticleManagementService fires when it creates a published article, so webhooks hear of it.
            events.fire(ArticleChanged.of(ArticleChanged.Type.PUBLISHED, article, false));
        }
    }

    private Article createArticle(ParsedLine line, String author) {
        try {
            return articles.create(line.article(), line.status(), author);
        } catch (InvalidContent invalid) {
            throw LinePointers.under("#/article", invalid);
        } catch (Conflict conflict) {
            // The only conflict a new article can meet: its explicit slug is taken.
            throw InvalidContent.of("#/article/slug", conflict.detail());
        }
    }

    /** Which of the keys exist already, in one query; the caller adds what it creates. */
    private <K> Set<K> existing(String jpql, Class<K> type, List<K> keys) {
        return keys.isEmpty() ? new HashSet<>()
                : new HashSet<>(entityManager.createQuery(jpql, type).setParameter("keys", keys).getResultList());
    }

    private static void withPointers(String at, Runnable write) {
        try {
            write.run();
        } catch (InvalidContent invalid) {
            throw LinePointers.under(at, invalid);
        }
    }
}
