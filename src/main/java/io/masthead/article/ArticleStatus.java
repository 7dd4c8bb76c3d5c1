package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stored workflow state. "Scheduled" is not stored: it is a published article whose publication time is
 * still in the future, so it becomes visible exactly when that time passes, with no job to run.
 */
@Schema(description = "The stored workflow state. A scheduled article is stored as `published` with a publication "
        + "time still to come.")
public enum ArticleStatus implements WireEnum {
    DRAFT, PUBLISHED, ARCHIVED;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<ArticleStatus> {
        public JpaConverter() {
            super(ArticleStatus.class);
        }
    }
}
