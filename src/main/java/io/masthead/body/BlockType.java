package io.masthead.body;

import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;

public enum BlockType implements WireEnum {
    PARAGRAPH, HEADING, QUOTE, IMAGE, EMBED, LIST;

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<BlockType> {
        public JpaConverter() {
            super(BlockType.class);
        }
    }
}
