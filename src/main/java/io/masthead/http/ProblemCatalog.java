package io.masthead.http;

import io.masthead.error.AccessDenied;
import io.masthead.error.Conflict;
import io.masthead.error.DomainException;
import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidParameter;
import io.masthead.error.InvalidParameters;
import io.masthead.error.NotFound;
import io.masthead.error.PayloadTooLarge;
import io.masthead.error.PreconditionFailed;
import io.masthead.error.PreconditionRequired;
import io.masthead.error.ResyncRequired;
import io.masthead.error.Unprocessable;
import java.util.Map;

/** The one table from domain exceptions to problem types and HTTP statuses. */
final class ProblemCatalog {
    private static final Map<Class<? extends DomainException>, ProblemType> TYPES = Map.ofEntries(
            Map.entry(InvalidParameter.class, ProblemType.INVALID_PARAMETER),
            Map.entry(InvalidParameters.class, ProblemType.INVALID_PARAMETER),
            Map.entry(InvalidContent.class, ProblemType.INVALID_BODY),
            Map.entry(AccessDenied.class, ProblemType.FORBIDDEN),
            Map.entry(NotFound.class, ProblemType.NOT_FOUND),
            Map.entry(Conflict.class, ProblemType.CONFLICT),
            Map.entry(ResyncRequired.class, ProblemType.RESYNC_REQUIRED),
            Map.entry(PreconditionFailed.class, ProblemType.PRECONDITION_FAILED),
            Map.entry(PayloadTooLarge.class, ProblemType.PAYLOAD_TOO_LARGE),
            Map.entry(Unprocessable.class, ProblemType.UNPROCESSABLE),
            Map.entry(PreconditionRequired.class, ProblemType.PRECONDITION_REQUIRED));

    private ProblemCatalog() {
    }

    static ProblemType typeOf(DomainException exception) {
        ProblemType type = TYPES.get(exception.getClass());
        if (type == null) {
            throw new IllegalStateException("No problem type for " + exception.getClass().getName());
        }
        return type;
    }
}
