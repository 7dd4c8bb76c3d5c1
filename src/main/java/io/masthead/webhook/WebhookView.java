package io.masthead.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", additionalProperties = Schema.False.class,
        description = "A registered webhook. Its signing secret is shown only once, when it is registered.")
public record WebhookView(
        @Schema(required = true, description = "Identifies the webhook, for example to list its deliveries.")
        UUID id,
        @Schema(required = true, format = "uri", description = "Where events are POSTed.",
                examples = "https://cms.example.com/hooks/masthead")
        String url,
        @Schema(required = true, minItems = 1, maxItems = 4, uniqueItems = true, description = "The events it "
                + "receives, in a fixed order.")
        List<WebhookEvent> events,
        @Schema(required = true, description = "When the webhook was registered.", examples = "2026-11-20T08:45:00Z")
        OffsetDateTime createdAt,
        @Schema(required = true, description = "The name of the API key that registered it.", examples = "ops-admin")
        String createdBy) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.events.stream().sorted().toList(), webhook.createdAt,
                webhook.createdBy);
    }
}
