package io.masthead.body;

import io.masthead.media.Media;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The bodies of many articles, each in order, with the media of image blocks, the renditions of that media and
     * the items of lists: four statements however many articles and blocks there are.
     */
    public Map<UUID, List<Block>> findByArticles(Collection<UUID> articleIds) {
        Map<UUID, List<Block>> bodies = new HashMap<>();
        if (articleIds.isEmpty()) {
            return bodies;
        }
        getEntityManager().createQuery("select b from Block b left join fetch b.media"
                        + " where b.article.id in :articles order by b.position", Block.class)
                .setParameter("articles", articleIds)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .forEach(block -> bodies.computeIfAbsent(block.article.id, id -> new ArrayList<>()).add(block));
        getEntityManager().createQuery("select distinct m from Media m left join fetch m.renditions where m.id in"
                        + " (select b.media.id from Block b where b.article.id in :articles)", Media.class)
                .setParameter("articles", articleIds)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        getEntityManager().createQuery("select distinct b from Block b left join fetch b.items"
                        + " where b.article.id in :articles and b.type = :list", Block.class)
                .setParameter("articles", articleIds)
                .setParameter("list", BlockType.LIST)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return bodies;
    }
}
