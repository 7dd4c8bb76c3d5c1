package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a revision recorded. */
@Schema(description = "What made a revision: an editor's create, replace (PUT), patch, publish, unpublish, archive "
        + "or restore; `retag` when a tag the article carries was merged or renamed; `import` for a bulk import.")
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
