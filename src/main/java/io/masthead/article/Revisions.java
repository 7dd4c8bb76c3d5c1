package io.masthead.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.body.BlockRepository;
import io.masthead.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Stores and reads revisions: the full content after every change, with its version, time and author. */
@ApplicationScoped
public class Revisions {
    private final EntityManager entityManager;
    private final BlockRepository blocks;
    private final ObjectMapper mapper;
    private final Clock clock;

    Revisions(EntityManager entityManager, BlockRepository blocks, ObjectMapper mapper, Clock clock) {
        this.entityManager = entityManager;
        this.blocks = blocks;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records the article as it is now; call it after the change has been flushed, so the version is final. */
    public void record(Article article, RevisionAction action, String author) {
        record(article, action, author, ArticleContent.of(article, blocks.findByArticle(article.id)));
    }

    /** Records the article with its content as already read after the change. */
    void record(Article article, RevisionAction action, String author, ArticleContent content) {
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = article.id;
        revision.version = article.version;
        revision.createdAt = OffsetDateTime.now(clock);
        revision.author = author;
        revision.action = action;
        revision.status = article.status;
        revision.content = write(content);
        entityManager.persist(revision);
    }

    public List<RevisionView> list(UUID articleId) {
        return entityManager.createQuery("select r from ArticleRevision r where r.articleId = :id"
                        + " order by r.version desc", ArticleRevision.class)
                .setParameter("id", articleId)
                .getResultStream()
                .map(r -> new RevisionView(r.version, r.createdAt, r.author, r.action, r.status, null))
                .toList();
    }

    public RevisionView get(UUID articleId, long version) {
        ArticleRevision revision = find(articleId, version);
        return new RevisionView(revision.version, revision.createdAt, revision.author, revision.action,
                revision.status, content(revision));
    }

    public ArticleContent content(UUID articleId, long version) {
        return content(find(articleId, version));
    }

    private ArticleRevision find(UUID articleId, long version) {
        ArticleRevision revision = entityManager.find(ArticleRevision.class, new ArticleRevision.Key(articleId, version));
        if (revision == null) {
            throw new NotFound("revision", articleId + "/" + version);
        }
        return revision;
    }

    private ArticleContent content(ArticleRevision revision) {
        try {
            return mapper.readValue(revision.content, ArticleContent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(ArticleContent content) {
        try {
            return mapper.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
