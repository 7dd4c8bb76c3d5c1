package io.masthead.error;

public final class NotFound extends DomainException {
    public NotFound(String what, Object key) {
        super("No " + what + " found for '" + key + "'.");
    }
}
