package io.masthead.tag;

import io.masthead.error.Conflict;
import io.masthead.error.InvalidContent;
import io.masthead.error.NotFound;
import io.masthead.http.Preconditions;
import io.masthead.search.SearchBackend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Folds one tag into another: every article carrying the source carries the target instead (once), the
 * source's children and aliases move to the target, and the source's slug becomes an alias of the target.
 * The article_tag rows change in three set-based statements, whatever the number of articles, and the search index
 * of those articles follows (they are now found by the target's names).
 */
@ApplicationScoped
class TagMerger {
    /** Where an article has both tags, the tags after the source move up one place to close its gap. */
    private static final String CLOSE_GAPS = "update article_tag set position = position - 1"
            + " where article_id in (select b.article_id from article_tag b where b.tag_id = :target)"
            + " and position > (select s.position from article_tag s"
            + " where s.article_id = article_tag.article_id and s.tag_id = :source)";
    /** Where an article has both tags, the target keeps its place and the source goes. */
    private static final String DROP_DOUBLES = "delete from article_tag where tag_id = :source"
            + " and article_id in (select b.article_id from article_tag b where b.tag_id = :target)";
    /** Everywhere else the target takes the source's place. */
    private static final String REPLACE = "update article_tag set tag_id = :target where tag_id = :source";

    private final TagRepository tags;
    private final TagAliases aliases;
    private final TaggedArticles articles;
    private final EntityManager entityManager;
    private final SearchBackend search;
    private final Clock clock;

    TagMerger(TagRepository tags, TagAliases aliases, TaggedArticles articles, EntityManager entityManager,
              SearchBackend search, Clock clock) {
        this.tags = tags;
        this.aliases = aliases;
        this.articles = articles;
        this.entityManager = entityManager;
        this.search = search;
        this.clock = clock;
    }

    /** Merges the source into the tag named in the request and returns that tag. Needs a transaction. */
    Tag merge(UUID sourceId, String ifMatch, TagMerge request, String author) {
        UUID targetId = tags.findIdBySlug(request.into())
                .orElseThrow(() -> InvalidContent.of("#/into", "must be the slug of an existing tag"));
        if (targetId.equals(sourceId)) {
            throw InvalidContent.of("#/into", "must name another tag than the one being merged");
        }
        // Both tags are locked, always in the same order, so that two opposite merges cannot deadlock.
        boolean sourceFirst = sourceId.compareTo(targetId) < 0;
        Tag first = lock(sourceFirst ? sourceId : targetId);
        Tag second = lock(sourceFirst ? targetId : sourceId);
        Tag source = sourceFirst ? first : second;
        Tag target = sourceFirst ? second : first;
        if (source == null) {
            throw new NotFound("tag", sourceId);
        }
        if (target == null) {
            throw InvalidContent.of("#/into", "must be the slug of an existing tag");
        }
        Preconditions.requireCurrent(ifMatch, source.version);
        if (target.descendsFrom(source)) {
            throw new Conflict("Tag '" + target.slug + "' sits below '" + source.slug + "', so '" + source.slug
                    + "' cannot be merged into it; merge it into a tag outside its own branch.");
        }
        List<UUID> retagged = articles.carrying(source);
        moveArticleTags(source, target);
        moveChildren(source, target);
        aliases.repoint(source, target);
        aliases.add(source.slug, target);
        tags.delete(source);
        target.updatedAt = OffsetDateTime.now(clock);
        tags.flush();
        search.reindex(retagged);
        articles.retagged(retagged, author);
        return target;
    }

    private Tag lock(UUID id) {
        return tags.findForUpdate(id).orElse(null);
    }

    private void moveArticleTags(Tag source, Tag target) {
        for (String statement : List.of(CLOSE_GAPS, DROP_DOUBLES, REPLACE)) {
            entityManager.createNativeQuery(statement)
                    .setParameter("source", source.id)
                    .setParameter("target", target.id)
                    .executeUpdate();
        }
    }

    private void moveChildren(Tag source, Tag target) {
        entityManager.createQuery("update Tag t set t.parent = :target, t.version = t.version + 1,"
                        + " t.updatedAt = :now where t.parent = :source")
                .setParameter("target", target)
                .setParameter("source", source)
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
    }
}
