package io.masthead.webhook;

import io.masthead.http.Keyset;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    private final DataSource dataSource;

    WebhookDeliveryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Pending deliveries whose time has come and that no instance holds, earliest first. Every instance runs
     * this every poll interval, mostly to find nothing, so it is one plain JDBC query that stays out of
     * Hibernate's session and statistics (which tests use to count the statements of a request).
     */
    List<UUID> findDueIds(Instant now, int limit) {
        String sql = "select id from webhook_delivery where status = ? and next_attempt_at <= ?"
                + " and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id limit ?";
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, DeliveryStatus.PENDING.wire());
            statement.setObject(2, at);
            statement.setObject(3, at);
            statement.setInt(4, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the due webhook deliveries", e);
        }
    }

    /**
     * Takes the delivery for one instance until {@code until}. The condition is re-evaluated on the locked row,
     * so of several instances racing for it exactly one gets a row count of 1.
     */
    boolean claim(UUID id, Instant now, Instant until) {
        return update("claimedUntil = ?1 where id = ?2 and status = ?3 and (claimedUntil is null or claimedUntil < ?4)",
                until, id, DeliveryStatus.PENDING, now) == 1;
    }

    /** Cancels the article's publication deliveries that wait for a scheduled time still to come. */
    void cancelScheduledPublications(UUID articleId, Instant now) {
        update("status = ?1, completedAt = ?2, nextAttemptAt = null where articleId = ?3 and event = ?4"
                        + " and status = ?5 and nextAttemptAt > ?2",
                DeliveryStatus.CANCELLED, now, articleId, WebhookEvent.ARTICLE_PUBLISHED.wire(),
                DeliveryStatus.PENDING);
    }

    /** A page of a webhook's log, newest first, after the position of a previous page's last entry. */
    List<WebhookDelivery> findPage(UUID webhookId, String cursor, int limit) {
        Keyset.TimeAndId after = Keyset.TimeAndId.decode(cursor);
        String jpql = "select d from WebhookDelivery d where d.webhookId = :webhook"
                + (after == null ? ""
                        : " and (d.createdAt < :afterTime or (d.createdAt = :afterTime and d.id < :afterId))")
                + " order by d.createdAt desc, d.id desc";
        var query = getEntityManager().createQuery(jpql, WebhookDelivery.class)
                .setParameter("webhook", webhookId)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("afterTime", after.time()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }
}
