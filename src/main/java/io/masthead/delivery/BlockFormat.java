package io.masthead.delivery;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The text forms of the body blocks: `html` (the sanitized markup), `text` (the same without "
        + "markup) or `both`.")
public enum BlockFormat implements WireEnum {
    HTML, TEXT, BOTH;

    public static final String PARAMETER = "format";

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    /** The field that this format leaves out of blocks and list items, or null when it keeps both. */
    String omitted() {
        return switch (this) {
            case HTML -> "text";
            case TEXT -> "html";
            case BOTH -> null;
        };
    }
}
