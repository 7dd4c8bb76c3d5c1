package io.masthead.section;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManagedSectionPage", additionalProperties = Schema.False.class,
        description = "One page of sections, in slug order.")
public record ManagedSectionPage(
        @Schema(required = true, maxItems = 100, description = "In slug order.") List<ManagedSection> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.",
                examples = "MQpwb2xpdGljcw")
        String nextCursor) {
}
