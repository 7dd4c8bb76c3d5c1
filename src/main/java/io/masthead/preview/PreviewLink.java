package io.masthead.preview;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PreviewLink", additionalProperties = Schema.False.class,
        description = "A short-lived link that shows one article, in any state, on the delivery API.")
public record PreviewLink(
        @Schema(required = true, description = "The signed token; anyone holding it can read the article until it "
                + "expires.")
        String token,
        @Schema(required = true) OffsetDateTime expiresAt,
        @Schema(required = true, format = "uri-reference", examples = "/api/v1/preview/MDE5...Zw.x8Jk...")
        String url) {
}
