package io.masthead.body;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class BlockRepository implements PanacheRepositoryBase<Block, UUID> {

    /**
     * The body of an article in order, with the media of image blocks. Renditions and list items follow in one
     * batch statement each, however many blocks there are.
     */
    public List<Block> findByArticle(UUID articleId) {
        return getEntityManager().createQuery("select b from Block b left join fetch b.media"
                        + " where b.article.id = :article order by b.position", Block.class)
                .setParameter("article", articleId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }
}
