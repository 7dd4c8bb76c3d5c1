package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How several `tag` values combine: `all` (an article carries every one of them) or `any` (at "
        + "least one).")
public enum TagMode implements WireEnum {
    ALL, ANY;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
