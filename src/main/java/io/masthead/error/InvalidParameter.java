package io.masthead.error;

/** A query, path or header parameter that cannot be used, named so that the client can fix it. */
public final class InvalidParameter extends DomainException {
    private final String parameter;

    public InvalidParameter(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
