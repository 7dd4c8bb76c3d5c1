package io.masthead.importer;

import io.masthead.http.DatabaseUnavailable;
import org.hibernate.exception.ConstraintViolationException;

/** Tells the failures of a line that are worth another try, or that say the database itself is away. */
final class Failures {
    private Failures() {
    }

    /** A unique key taken by a concurrent writer between our check and our insert (a tag slug, a derived slug). */
    static boolean isConstraintViolation(Throwable failure) {
        return hasCause(failure, ConstraintViolationException.class);
    }

    /** The database is unreachable: no line is at fault, so the job waits instead of failing lines. */
    static boolean isDatabaseDown(Throwable failure) {
        return DatabaseUnavailable.isCause(failure);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
