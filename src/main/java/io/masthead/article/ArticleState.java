package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.persistence.WireEnum;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workflow state editors see. "Scheduled" is derived: published, with a publication time still to come. */
@Schema(description = "The workflow state editors see. `scheduled` is published with a publication time still to "
        + "come; only `published` articles appear on the delivery API, except through a preview link.")
public enum ArticleState implements WireEnum {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED;

    // Declared here, not only in WireEnum, so that SmallRye OpenAPI finds the values for the contract.
    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }

    public static ArticleState of(Article article, Instant now) {
        return switch (article.status) {
            case DRAFT -> DRAFT;
            case ARCHIVED -> ARCHIVED;
            case PUBLISHED -> article.publishedAt.instant.isAfter(now) ? SCHEDULED : PUBLISHED;
        };
    }
}
