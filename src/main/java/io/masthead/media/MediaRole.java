package io.masthead.media;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an article uses a media item, and the kind that place needs. */
@Schema(description = "Where an article uses a media item: `hero` (the lead image), `audio` (the read-aloud version) "
        + "or `block` (an image block in the body).")
public enum MediaRole implements WireEnum {
    HERO(MediaKind.IMAGE), AUDIO(MediaKind.AUDIO), BLOCK(MediaKind.IMAGE);

    private final MediaKind requiredKind;

    MediaRole(MediaKind requiredKind) {
        this.requiredKind = requiredKind;
    }

    public MediaKind requiredKind() {
        return requiredKind;
    }

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
