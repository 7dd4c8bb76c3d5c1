package io.masthead.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookRequest", additionalProperties = Schema.False.class,
        description = "A webhook to register: where to send events, and which ones.")
public record NewWebhook(
        @NotBlank @Size(max = 2048) @AllowedTarget
        @Schema(required = true, format = "uri", maxLength = 2048, description = "Where events are POSTed. Must "
                + "use https and resolve to public addresses only, unless the operator allow-lists the host.",
                examples = "https://cms.example.com/hooks/masthead")
        String url,
        @NotEmpty
        @Schema(required = true, minItems = 1, maxItems = 4, description = "The events to receive.")
        Set<@NotNull WebhookEvent> events) {
}
