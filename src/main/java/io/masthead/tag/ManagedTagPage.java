package io.masthead.tag;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManagedTagPage", additionalProperties = Schema.False.class,
        description = "One page of tags as the management API shows them, in slug order.")
public record ManagedTagPage(
        @Schema(required = true, maxItems = 100, description = "In slug order.") List<ManagedTag> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.",
                examples = "MQpqYXBhbg")
        String nextCursor) {
}
