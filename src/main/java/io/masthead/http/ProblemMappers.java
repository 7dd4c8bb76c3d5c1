package io.masthead.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.masthead.error.DomainException;
import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidParameter;
import io.masthead.error.InvalidParameters;
import io.masthead.http.Problem.ProblemError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception into problem+json. Nothing from the exception itself (class names, SQL, stack traces)
 * reaches the client except the detail of a {@link DomainException}, which is written for clients.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response domain(DomainException exception, UriInfo uri) {
        ProblemType type = ProblemCatalog.typeOf(exception);
        List<ProblemError> errors = List.of();
        if (exception instanceof InvalidParameter invalid) {
            errors = List.of(errorOf(invalid));
        } else if (exception instanceof InvalidParameters invalid) {
            errors = invalid.problems().stream().map(ProblemMappers::errorOf).toList();
        } else if (exception instanceof InvalidContent invalid) {
            errors = invalid.errors().stream()
                    .map(error -> ProblemError.pointer(error.pointer(), error.detail()))
                    .toList();
        }
        return ProblemResponses.of(type, exception.detail(), instance(uri), errors);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uri) {
        List<ProblemError> errors = exception.getConstraintViolations().stream()
                .map(ProblemMappers::toError)
                .sorted(Comparator.comparing(ProblemMappers::errorKey))
                .toList();
        boolean onlyParameters = errors.stream().allMatch(error -> error.pointer() == null);
        ProblemType type = onlyParameters ? ProblemType.INVALID_PARAMETER : ProblemType.INVALID_BODY;
        String detail = errors.size() == 1
                ? describe(errors.get(0))
                : errors.size() + " inputs are invalid; see errors.";
        return ProblemResponses.of(type, detail, instance(uri), errors);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException exception, UriInfo uri, Request request) {
        Set<String> allowed = allowedMethods.at(instance(uri));
        if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            return notAllowed(uri);
        }
        return ProblemResponses.ofStatus(404, "No resource exists at " + instance(uri) + ".", instance(uri));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException exception, UriInfo uri) {
        return notAllowed(uri);
    }

    private Response notAllowed(UriInfo uri) {
        String allowed = String.join(", ", allowedMethods.at(instance(uri)));
        Response problem = ProblemResponses.ofStatus(405,
                "This method is not allowed on " + instance(uri) + ". Allowed: " + allowed + ".", instance(uri));
        return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException exception, HttpHeaders headers, UriInfo uri) {
        return notAcceptable(headers, uri);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException exception, HttpHeaders headers, UriInfo uri,
                                         Request request) {
        List<String> accepted = allowedMethods.consumes(instance(uri), request.getMethod());
        return ProblemResponses.ofStatus(415, "This resource does not accept Content-Type "
                + headers.getHeaderString(HttpHeaders.CONTENT_TYPE) + (accepted.isEmpty() ? "."
                : "; send " + String.join(" or ", accepted) + "."), instance(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpHeaders headers, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception, uri);
        }
        // Where several resource classes share a path, RESTEasy Reactive reports a failed negotiation this way.
        if (status == 406) {
            return notAcceptable(headers, uri);
        }
        if (exception.getCause() instanceof JsonProcessingException json) {
            return JsonBodyProblems.invalid(json, uri);
        }
        return ProblemResponses.ofStatus(status, clientDetail(status), instance(uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        if (DatabaseUnavailable.isCause(exception)) {
            LOG.warnf("Database unavailable while serving %s: %s", instance(uri), exception.getMessage());
            return DatabaseUnavailable.response(instance(uri));
        }
        if (isUniqueKeyRace(exception)) {
            LOG.infof("Unique key conflict while serving %s: %s", instance(uri), exception.getMessage());
            return ProblemResponses.of(ProblemType.CONFLICT, "Another request created the same resource (such as "
                    + "the same slug) at the same moment. Read the current state and retry.", instance(uri), null);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unhandled error %s while serving %s", errorId, instance(uri));
        return ProblemResponses.internalError(instance(uri), errorId);
    }

    private Response notAcceptable(HttpHeaders headers, UriInfo uri) {
        Set<String> produced = allowedMethods.producedAt(instance(uri));
        String produces = produced.isEmpty() ? "application/json" : String.join(", ", produced);
        return ProblemResponses.ofStatus(406, "This resource cannot produce any of the media types in Accept: "
                + headers.getHeaderString(HttpHeaders.ACCEPT) + ". It produces " + produces + ".", instance(uri));
    }

    /**
     * Services check uniqueness before they write, so a unique key fails only when two requests write the same
     * value at once; the loser gets 409 instead of a 500.
     */
    private static boolean isUniqueKeyRace(Throwable exception) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    private static String clientDetail(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood.";
            case 413 -> "The request body is larger than this server accepts.";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "The request failed with status " + status + "."
                    : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        };
    }

    private static ProblemError errorOf(InvalidParameter invalid) {
        return invalid.isHeader()
                ? ProblemError.header(invalid.parameter(), invalid.detail())
                : ProblemError.parameter(invalid.parameter(), invalid.detail());
    }

    private static ProblemError toError(ConstraintViolation<?> violation) {
        String pointer = ConstraintPaths.bodyPointer(violation);
        return pointer != null
                ? ProblemError.pointer(pointer, violation.getMessage())
                : ProblemError.parameter(ConstraintPaths.parameterName(violation), violation.getMessage());
    }

    private static String errorKey(ProblemError error) {
        return error.pointer() != null ? error.pointer() : String.valueOf(error.parameter());
    }

    private static String describe(ProblemError error) {
        String name = error.pointer() != null ? error.pointer() : error.parameter();
        return name + " " + error.detail() + ".";
    }

    static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
