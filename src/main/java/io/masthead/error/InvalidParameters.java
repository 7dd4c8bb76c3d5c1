package io.masthead.error;

import java.util.List;

/** Several parameters that cannot be used, reported in one 400 so that the client can fix them all at once. */
public final class InvalidParameters extends DomainException {
    private final List<InvalidParameter> problems;

    private InvalidParameters(List<InvalidParameter> problems) {
        super(problems.size() + " parameters are invalid; see errors.");
        this.problems = List.copyOf(problems);
    }

    /** Throws the one problem as it is, or all of them together; does nothing when there is none. */
    public static void throwIfAny(List<InvalidParameter> problems) {
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            throw new InvalidParameters(problems);
        }
    }

    public List<InvalidParameter> problems() {
        return problems;
    }
}
