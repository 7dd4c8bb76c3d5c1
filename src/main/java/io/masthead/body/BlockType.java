package io.masthead.body;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;

public enum BlockType implements WireEnum {
    PARAGRAPH, HEADING, QUOTE, IMAGE, EMBED, LIST;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<BlockType> {
        public JpaConverter() {
            super(BlockType.class);
        }
    }
}
