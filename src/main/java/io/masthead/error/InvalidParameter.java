package io.masthead.error;

/** A query, path or header parameter that cannot be used, named so that the client can fix it. */
public final class InvalidParameter extends DomainException {
    private final String parameter;
    private final boolean header;

    public InvalidParameter(String parameter, String detail) {
        this(parameter, detail, false);
    }

    private InvalidParameter(String parameter, String detail, boolean header) {
        super(detail);
        this.parameter = parameter;
        this.header = header;
    }

    public static InvalidParameter header(String name, String detail) {
        return new InvalidParameter(name, detail, true);
    }

    public String parameter() {
        return parameter;
    }

    /** Whether the parameter is a request header rather than a query or path parameter. */
    public boolean isHeader() {
        return header;
    }
}
