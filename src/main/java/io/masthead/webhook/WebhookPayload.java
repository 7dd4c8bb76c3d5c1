package io.masthead.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookPayload", additionalProperties = Schema.False.class,
        description = "The body of every webhook request. Signed as it is sent: verify the raw bytes, then parse.")
public record WebhookPayload(
        @Schema(required = true, description = "The delivery id, also sent as `Masthead-Delivery`; the same on "
                + "every retry, so use it to drop duplicates.")
        UUID id,
        @Schema(required = true, description = "What happened to the article; also sent as `Masthead-Event`.")
        WebhookEvent event,
        @Schema(required = true, description = "When the change took effect; for a scheduled article, when it went "
                + "live.", examples = "2026-11-20T07:45:00Z")
        OffsetDateTime occurredAt,
        @Schema(required = true, description = "The article the event is about.") Article article,
        @Schema(required = true, maxItems = 10, description = "The `Surrogate-Key` values of delivery responses "
                + "that the change affects, for purging a CDN; also sent, space-separated, as "
                + "`Masthead-Surrogate-Keys`.",
                examples = "[\"article:0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c\", \"changes\"]")
        List<String> surrogateKeys) {

    @Schema(name = "WebhookArticle", additionalProperties = Schema.False.class,
            description = "The article as it was at the change. Fetch the rest from the delivery API.")
    public record Article(
            @Schema(required = true, description = "The article's id; `GET /api/v1/articles/{id}` returns it while "
                    + "it is published.")
            UUID id,
            @Schema(required = true, description = "The article's URL segment in its language.",
                    examples = "harbour-deal-signed")
            String slug,
            @Schema(required = true, description = "BCP 47 language tag of the article.", examples = "en")
            String language,
            @Schema(required = true, minimum = "0", description = "Increases with every change; when deliveries "
                    + "arrive out of order, the highest version is the latest state.", examples = "3")
            long version,
            @Schema(description = "When the article went or goes live.", examples = "2026-11-20T08:45:00+01:00")
            OffsetDateTime publishedAt) {
    }
}
