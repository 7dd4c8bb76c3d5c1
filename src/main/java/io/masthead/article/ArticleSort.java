package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The order of the article list: `newest` (publication time, newest first), `oldest` (oldest "
        + "first) or `relevance` (best search match first; only with `q`). Ties are broken by publication time, "
        + "then by id.")
public enum ArticleSort implements WireEnum {
    NEWEST, OLDEST, RELEVANCE;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
