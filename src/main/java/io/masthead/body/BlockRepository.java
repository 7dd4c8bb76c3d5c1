package io.masthead.body;

import io.masthead.media.Media;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class BlockRepository implements PanacheRepositoryBase<Block, UUID> {

    /**
     * The body of an article in order, with the media of image blocks. The media are loaded by the ids the blocks
     * name rather than joined: a join lets the planner pick a hash join over the whole media table whenever its
     * statistics are stale (after a bulk import), while a key lookup stays an index scan at any size. Renditions
     * and list items follow in one batch statement each, however many blocks there are.
     */
    public List<Block> findByArticle(UUID articleId) {
        List<Block> blocks = getEntityManager().createQuery("select b from Block b"
                        + " where b.article.id = :article order by b.position", Block.class)
                .setParameter("article", articleId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        PersistenceUnitUtil ids = getEntityManager().getEntityManagerFactory().getPersistenceUnitUtil();
        List<Object> mediaIds = blocks.stream().map(block -> block.media).filter(Objects::nonNull)
                .map(ids::getIdentifier).distinct().toList();
        if (!mediaIds.isEmpty()) {
            // Loading them into the session resolves the blocks' media references without further statements.
            getEntityManager().createQuery("select m from Media m where m.id in :ids", Media.class)
                    .setParameter("ids", mediaIds)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultList();
        }
        return blocks;
    }
}
