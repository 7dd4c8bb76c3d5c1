package io.masthead.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatedWebhook", additionalProperties = Schema.False.class,
        description = "A newly registered webhook with its signing secret, which no later response shows again.")
public record CreatedWebhook(
        @Schema(required = true, description = "The webhook, as the list of webhooks shows it.") WebhookView webhook,
        @Schema(required = true, description = "The signing secret. It is shown only in this response: store it "
                + "now, with the receiver.", examples = "whsec_q8Lm2Zx81kQa0f3nS4d9uXyB2wq7LmP5rT6vE1hJ8cK")
        String secret) {
}
