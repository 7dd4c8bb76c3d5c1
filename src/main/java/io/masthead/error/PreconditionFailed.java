package io.masthead.error;

/** A write based on a version that is no longer the current one: applying it would lose someone's update. */
public final class PreconditionFailed extends DomainException {
    public PreconditionFailed(String detail) {
        super(detail);
    }
}
