package io.masthead.sync;

import io.masthead.article.PublishedArticles;
import io.masthead.error.ResyncRequired;
import io.masthead.persistence.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Reads one page of the change log up to a horizon, and renders it, from a single snapshot of the database.
 *
 * <p>In that snapshot every article's rows are the ones its latest committed writer left (that writer deleted the
 * older ones in the same transaction), and the article is in the state that writer gave it. So an upsert row up
 * to the horizon renders an article that is published as of the horizon, at the version the row stands for; a
 * change committed after the snapshot is served at its own, later position. Rendering as of the horizon also
 * means a page shows nothing that was not published by then.
 */
@ApplicationScoped
@Transactional
@ReadOnly
class ChangeReader {
    private final EntityManager entityManager;
    private final Session session;
    private final PublishedArticles articles;

    ChangeReader(EntityManager entityManager, Session session, PublishedArticles articles) {
        this.entityManager = entityManager;
        this.session = session;
        this.articles = articles;
    }

    ChangePage read(ChangeToken token, Instant horizon, int limit, ChangeInclude include) {
        Snapshot.begin(session);
        // Read in the same snapshot as the rows: a prune that committed before it shows here, one after it has
        // not removed any row from this page.
        Instant prunedThrough = entityManager.find(ChangeHead.class, ChangeHead.ID).prunedThrough;
        if (token != null && token.isTooOld(prunedThrough)) {
            throw new ResyncRequired("since is older than the change history this server keeps: removes after it "
                    + "were pruned. Sync again from the beginning: drop your copy and omit since.");
        }
        ChangeToken from = token != null ? token : ChangeToken.start(horizon);
        List<ChangeRecord> rows = rows(from, horizon, limit + 1);
        boolean hasMore = rows.size() > limit;
        List<ChangeRecord> page = hasMore ? rows.subList(0, limit) : rows;
        ChangeToken next = page.isEmpty() ? from : from.after(page.get(page.size() - 1));
        return new ChangePage(render(page, horizon, include), next.encode(), hasMore);
    }

    private List<ChangeRecord> rows(ChangeToken from, Instant horizon, int count) {
        String after = from.atStart() ? ""
                : " and (c.position > :afterTime or (c.position = :afterTime and c.articleId > :afterId))";
        TypedQuery<ChangeRecord> query = entityManager.createQuery("select c from ChangeRecord c"
                        + " where c.position <= :horizon" + after + " order by c.position, c.articleId",
                        ChangeRecord.class)
                .setParameter("horizon", horizon)
                .setMaxResults(count);
        if (!from.atStart()) {
            query.setParameter("afterTime", from.afterTime()).setParameter("afterId", from.afterId());
        }
        return query.getResultList();
    }

    /**
     * Upserts carry the article as published at the horizon, loaded for the whole page at once. An upsert whose
     * article is not published then cannot occur in a consistent snapshot; should a write ever bypass the log, it
     * is served as a remove, so that a client never keeps what readers cannot see.
     */
    private List<ChangeView> render(List<ChangeRecord> page, Instant horizon, ChangeInclude include) {
        List<UUID> upserts = page.stream().filter(row -> row.kind == ChangeKind.UPSERT)
                .map(row -> row.articleId).distinct().toList();
        Map<UUID, ?> rendered = include == ChangeInclude.ARTICLE
                ? articles.details(upserts, horizon)
                : articles.summaries(upserts, horizon);
        List<ChangeView> items = new ArrayList<>(page.size());
        for (ChangeRecord row : page) {
            Object article = row.kind == ChangeKind.UPSERT ? rendered.get(row.articleId) : null;
            items.add(article != null ? ChangeView.upsert(row.articleId, article) : ChangeView.remove(row.articleId));
        }
        return items;
    }
}
