package io.masthead.error;

/** A credential other than an API key, such as a preview token, that is forged or expired. */
public final class AccessDenied extends DomainException {
    public AccessDenied(String detail) {
        super(detail);
    }
}
