package io.masthead.error;

/** A write that must name the version it was based on (If-Match) and did not. */
public final class PreconditionRequired extends DomainException {
    public PreconditionRequired(String detail) {
        super(detail);
    }
}
