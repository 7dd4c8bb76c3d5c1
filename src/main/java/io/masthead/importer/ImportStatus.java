package io.masthead.importer;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;

/**
 * The state of an import job. {@code receiving} lasts while the upload arrives; clients never see it, because
 * the job's id is only handed out once the whole body is stored.
 */
public enum ImportStatus implements WireEnum {
    RECEIVING, QUEUED, RUNNING, COMPLETED, FAILED;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<ImportStatus> {
        public JpaConverter() {
            super(ImportStatus.class);
        }
    }
}
