package io.masthead.media;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a media item is: an `image`, `audio` or `video`.")
public enum MediaKind implements WireEnum {
    IMAGE, AUDIO, VIDEO;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<MediaKind> {
        public JpaConverter() {
            super(MediaKind.class);
        }
    }
}
