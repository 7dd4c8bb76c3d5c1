package io.masthead.body;

import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;

public enum ListStyle implements WireEnum {
    ORDERED, UNORDERED;

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<ListStyle> {
        public JpaConverter() {
            super(ListStyle.class);
        }
    }
}
