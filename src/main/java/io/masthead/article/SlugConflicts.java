package io.masthead.article;

import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises the unique (language, slug) key failing because another writer took the slug first. */
final class SlugConflicts {
    private static final String CONSTRAINT = "article_slug_per_language";

    private SlugConflicts() {
    }

    static boolean isSlugConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                String name = violation.getConstraintName() != null ? violation.getConstraintName() : "";
                String message = String.valueOf(violation.getMessage());
                return (name + " " + message).toLowerCase(Locale.ROOT).contains(CONSTRAINT);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
