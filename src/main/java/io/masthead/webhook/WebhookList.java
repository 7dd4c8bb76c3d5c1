package io.masthead.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookList", additionalProperties = Schema.False.class,
        description = "All registered webhooks, without their signing secrets.")
public record WebhookList(
        @Schema(required = true, maxItems = WebhookService.MAX_WEBHOOKS, description = "Every webhook, oldest first.")
        List<WebhookView> items) {
}
