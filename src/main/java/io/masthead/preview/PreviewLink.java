package io.masthead.preview;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PreviewLink", additionalProperties = Schema.False.class,
        description = "A short-lived, signed token that shows one article, in any state, on the delivery API: send "
                + "it as the `Masthead-Preview` header of `GET /api/v1/preview`.")
public record PreviewLink(
        @Schema(required = true, maxLength = 300, description = "The signed token. Anyone holding it can read the "
                + "article until it expires, so hand it only to the preview page that needs it.",
                examples = "MDE5MmYwYzQtM2IxZS03YzU1LTlhNTEtNWQ2ZTBmMWEyYjNjOjE3OTUyNDcxMDA.x8JkQm2v7nS0f3dLp9Rt4aWcZ1yHbE6uGq5iVoK2XsA")
        String token,
        @Schema(required = true, maxLength = 35, description = "When the token stops working; ask for a new link "
                + "after that.", examples = "2026-11-27T10:15:00Z")
        OffsetDateTime expiresAt) {
}
