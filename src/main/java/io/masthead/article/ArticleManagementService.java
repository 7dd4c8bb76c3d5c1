package io.masthead.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.body.BlockRepository;
import io.masthead.error.Conflict;
import io.masthead.http.JsonBodies;
import io.masthead.http.Keyset;
import io.masthead.http.MergePatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Creating, reading, changing and deleting articles in any state. */
@ApplicationScoped
public class ArticleManagementService {
    /** Enough for a burst of parallel creates with one headline: each round, at least one of them wins a slug. */
    static final int SLUG_ATTEMPTS = 30;

    private final ArticleWriter writer;
    private final ArticleReferences references;
    private final ManagedArticles managed;
    private final EditorialArticleRepository editorial;
    private final BlockRepository blocks;
    private final Revisions revisions;
    private final JsonBodies bodies;
    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final Clock clock;

    ArticleManagementService(ArticleWriter writer, ArticleReferences references, ManagedArticles managed,
                             EditorialArticleRepository editorial, BlockRepository blocks, Revisions revisions,
                             JsonBodies bodies, ObjectMapper mapper, EntityManager entityManager, Clock clock) {
        this.writer = writer;
        this.references = references;
        this.managed = managed;
        this.editorial = editorial;
        this.blocks = blocks;
        this.revisions = revisions;
        this.bodies = bodies;
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Creates a draft, or with {@code publish} a published (or, with a future publication time, scheduled)
     * article. A slug derived from the headline that another writer takes at the same moment is retried with
     * the next free suffix; an explicit slug that is taken is a 409. {@code beforeCommit} gets the new article
     * inside the transaction that stores it.
     */
    public ManagedArticle create(JsonNode body, boolean publish, String author,
                                 Consumer<ManagedArticle> beforeCommit) {
        ArticleStatus status = publish ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    ManagedArticle created = managed.created(writer.create(read(body), status, author),
                            RevisionAction.CREATE, author);
                    beforeCommit.accept(created);
                    return created;
                });
            } catch (RuntimeException e) {
                if (!SlugConflicts.isSlugConflict(e)) {
                    throw e;
                }
                if (body.hasNonNull("slug")) {
                    throw new Conflict("The slug '" + body.get("slug").asText() + "' is already used by another "
                            + body.path("language").asText() + " article.");
                }
                if (attempt == SLUG_ATTEMPTS) {
                    throw new Conflict("No free slug could be reserved for this headline; retry the request.");
                }
                backOff(attempt);
            }
        }
    }

    /** A short random pause, so that writers who lost the same race do not all retry in step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L + 10L * Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict("Interrupted while reserving a slug; retry the request.");
        }
    }

    @Transactional
    public ManagedArticle get(UUID id) {
        return managed.view(managed.find(id));
    }

    @Transactional
    public ManagedArticlePage list(ArticleState state, String language, String cursor, int limit) {
        Instant now = clock.instant();
        List<Article> found = editorial.findPage(state, language, cursor, Keyset.fetchSize(limit), now);
        Keyset.Page<Article> page = Keyset.page(found, limit,
                last -> new Keyset.TimeAndId(last.updatedAt.instant, last.id).encode());
        return new ManagedArticlePage(
                page.items().stream().map(article -> ManagedArticleSummary.of(article, now)).toList(), page.next());
    }

    @Transactional
    public ManagedArticle replace(UUID id, String ifMatch, JsonNode body, String author) {
        ArticleReferences.Resolved content = read(body);
        return change(managed.lockCurrent(id, ifMatch), content, RevisionAction.REPLACE, author);
    }

    /** Applies an RFC 7396 merge patch to the article's content, then stores it like a PUT. */
    @Transactional
    public ManagedArticle patch(UUID id, String ifMatch, JsonNode mergePatch, String author) {
        Article article = managed.lockCurrent(id, ifMatch);
        JsonNode current = mapper.valueToTree(ArticleContent.of(article, blocks.findByArticle(id)));
        JsonNode patched = MergePatch.apply(current, mergePatch, mapper);
        return change(article, read(patched), RevisionAction.PATCH, author);
    }

    /** Makes the content of an earlier revision current again, as a new revision. */
    @Transactional
    public ManagedArticle restore(UUID id, long version, String ifMatch, String author) {
        Article article = managed.lockCurrent(id, ifMatch);
        return change(article, references.require(revisions.content(id, version)), RevisionAction.RESTORE, author);
    }

    @Transactional
    public RevisionList revisions(UUID id) {
        managed.find(id);
        return new RevisionList(revisions.list(id));
    }

    @Transactional
    public RevisionView revision(UUID id, long version) {
        return revisions.get(id, version);
    }

    /** Deletes the article and leaves a tombstone, so that delivery and sync can tell it is gone. */
    @Transactional
    public void delete(UUID id, String ifMatch, String author) {
        Article article = managed.lockCurrent(id, ifMatch);
        boolean wasVisible = managed.visibleNow(article);
        ArticleTombstone tombstone = new ArticleTombstone();
        tombstone.id = article.id;
        tombstone.slug = article.slug;
        tombstone.language = article.language;
        tombstone.wasPublished = wasVisible;
        tombstone.deletedAt = OffsetDateTime.now(clock);
        tombstone.deletedBy = author;
        entityManager.persist(tombstone);
        managed.announceDeletion(article, wasVisible);
        entityManager.remove(article);
    }

    private ManagedArticle change(Article article, ArticleReferences.Resolved content, RevisionAction action,
                                  String author) {
        return managed.change(article, action, author, changed -> writer.replace(changed, content, author));
    }

    /**
     * Reads a body strictly, with its references resolved in the same pass so that their problems are reported
     * with the others, and kept for the write that follows.
     */
    private ArticleReferences.Resolved read(JsonNode body) {
        AtomicReference<ArticleReferences.Resolved> resolved = new AtomicReference<>();
        bodies.read(body, ArticleContent.class, ManagedArticle.SERVER_OWNED, content -> {
            resolved.set(references.resolve(content));
            return resolved.get().problems();
        });
        return resolved.get();
    }
}
