package io.masthead.body;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a list is shown: `ordered` (numbered) or `unordered` (bulleted).")
public enum ListStyle implements WireEnum {
    ORDERED, UNORDERED;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<ListStyle> {
        public JpaConverter() {
            super(ListStyle.class);
        }
    }
}
