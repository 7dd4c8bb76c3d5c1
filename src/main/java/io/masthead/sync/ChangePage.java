package io.masthead.sync;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "One page of the changes feed, oldest change first.")
public record ChangePage(
        @Schema(required = true, maxItems = 100, description = "The changes after `since`, in the order to apply "
                + "them.")
        List<ChangeView> items,
        @Schema(required = true, maxLength = 200, pattern = "^[A-Za-z0-9_-]+$",
                description = "Pass as `since` in the next request, also when `items` is empty. Store it together "
                        + "with the changes you applied, never before.",
                examples = "MQoxNzk1MjQ3MTAwMTIzNDU2CjAxOTJmMGM0LTNiMWUtN2M1NS05YTUxLTVkNmUwZjFhMmIzYwoxNzk1MjQ3MDAwMDAwMDAw")
        String nextToken,
        @Schema(required = true, description = "Whether more changes are ready now: fetch the next page at once. "
                + "`false` means you are caught up; poll again later with `nextToken`.",
                examples = "false")
        boolean hasMore) {
}
