package io.masthead.sync;

import io.masthead.persistence.WireEnum;
import io.masthead.persistence.WireEnumConverter;
import jakarta.persistence.Converter;

/** What a row of the change log tells a client to do with the article. */
public enum ChangeKind implements WireEnum {
    /** Store or replace the article: it is visible at this position. */
    UPSERT,
    /** Drop the article if you have it: it is not visible (any more) at this position. */
    REMOVE;

    @Converter(autoApply = true)
    public static class JpaConverter extends WireEnumConverter<ChangeKind> {
        public JpaConverter() {
            super(ChangeKind.class);
        }
    }
}
