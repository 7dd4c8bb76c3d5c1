package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an article offers besides text: `audio` (it has an audio version, `audioDurationSeconds` "
        + "in the list) or `video` (its body has an embed block from a video provider: `youtube` or `vimeo` unless "
        + "configured otherwise).")
public enum ArticleType implements WireEnum {
    AUDIO, VIDEO;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
