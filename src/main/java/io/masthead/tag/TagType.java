package io.masthead.tag;

import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;

public enum TagType implements WireEnum {
    TOPIC, PERSON, ORGANISATION, PLACE, EVENT;

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<TagType> {
        public JpaConverter() {
            super(TagType.class);
        }
    }
}
