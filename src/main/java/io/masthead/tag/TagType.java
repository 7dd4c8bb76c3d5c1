package io.masthead.tag;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a tag stands for: a `topic`, `person`, `organisation`, `place` or `event`.")
public enum TagType implements WireEnum {
    TOPIC, PERSON, ORGANISATION, PLACE, EVENT;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<TagType> {
        public JpaConverter() {
            super(TagType.class);
        }
    }
}
