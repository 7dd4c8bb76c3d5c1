package io.masthead.error;

/** A sync position the server can no longer resume from: the client must start over from the beginning. */
public final class ResyncRequired extends DomainException {
    public ResyncRequired(String detail) {
        super(detail);
    }
}
