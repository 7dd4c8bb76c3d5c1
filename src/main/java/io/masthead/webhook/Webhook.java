package io.masthead.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {
    @Id
    public UUID id;
    public String url;
    @Convert(converter = WebhookEvent.SetConverter.class)
    public Set<WebhookEvent> events;
    /** Kept in clear text because signing needs it; it is shown to the client once, at registration. */
    public String secret;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
