package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;

/** What a revision recorded. */
public enum RevisionAction implements WireEnum {
    CREATE, REPLACE, PATCH, PUBLISH, UNPUBLISH, ARCHIVE, RESTORE, RETAG, IMPORT;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<RevisionAction> {
        public JpaConverter() {
            super(RevisionAction.class);
        }
    }
}
