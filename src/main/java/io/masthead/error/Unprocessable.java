package io.masthead.error;

/** A well-formed request that cannot be carried out as asked, such as an idempotency key reused for another body. */
public final class Unprocessable extends DomainException {
    public Unprocessable(String detail) {
        super(detail);
    }
}
