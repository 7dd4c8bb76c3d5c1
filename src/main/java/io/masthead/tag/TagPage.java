package io.masthead.tag;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagPage", additionalProperties = Schema.False.class,
        description = "One page of tags, in slug order, named in the requested language.")
public record TagPage(
        @Schema(required = true, maxItems = 100, description = "In slug order.") List<TagView> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.",
                examples = "MQpqYXBhbg")
        String nextCursor) {
}
