package io.masthead.webhook;

import io.masthead.http.Limits;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDeliveryPage", additionalProperties = Schema.False.class,
        description = "One page of a webhook's deliveries, newest first.")
public record DeliveryPage(
        @Schema(required = true, maxItems = Limits.MAX_PAGE_SIZE, description = "Newest first.")
        List<DeliveryView> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.",
                examples = "AjRPhnSki87bru4Xzw7xrcgyMDI2LTExLTIwVDA4OjEwOjAwWgowMTkyZjBjNC0zYjFlLTdjNTUtOWE1MS01ZDZlMGYxYTJiM2M")
        String nextCursor) {
}
