package io.masthead.media;

import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;

public enum MediaKind implements WireEnum {
    IMAGE, AUDIO, VIDEO;

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<MediaKind> {
        public JpaConverter() {
            super(MediaKind.class);
        }
    }
}
