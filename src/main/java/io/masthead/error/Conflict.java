package io.masthead.error;

/** The request clashes with the current state of a resource, such as a slug that is already taken. */
public final class Conflict extends DomainException {
    public Conflict(String detail) {
        super(detail);
    }
}
