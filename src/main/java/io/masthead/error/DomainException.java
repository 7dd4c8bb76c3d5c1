package io.masthead.error;

/**
 * A failure the client can act on. The HTTP layer maps each subclass to a status and a problem type in one
 * table ({@code io.masthead.http.ProblemCatalog}); services throw these and never build HTTP responses.
 */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String detail) {
        super(detail, null, false, false);
    }

    /** A human-readable explanation that is safe to show to any client. */
    public String detail() {
        return getMessage();
    }
}
