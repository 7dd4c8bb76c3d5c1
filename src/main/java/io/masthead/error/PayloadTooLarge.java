package io.masthead.error;

/** A request body over one of the stated size limits. */
public final class PayloadTooLarge extends DomainException {
    public PayloadTooLarge(String detail) {
        super(detail);
    }
}
