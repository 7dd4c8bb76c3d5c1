package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The embedded parts of an article that {@code include} chooses, each with the fields it fills. */
@Schema(description = "An embedded part of the article: `blocks` (the body), `media` (hero and audio), `tags`, "
        + "`translations` or `byline`.")
public enum ArticlePart implements WireEnum {
    BLOCKS(List.of("blocks")),
    MEDIA(List.of("hero", "audio")),
    TAGS(List.of("tags")),
    TRANSLATIONS(List.of("translations")),
    BYLINE(List.of("byline"));

    private final List<String> fields;

    ArticlePart(List<String> fields) {
        this.fields = fields;
    }

    List<String> fields() {
        return fields;
    }

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
