package io.masthead.http;

import io.masthead.http.Problem.ProblemError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every operation of both APIs to the parameters it declares, before it runs: a query parameter it does not
 * declare, a single-valued one given twice, and an empty one are each a 400 that names the parameter, so that a
 * typo ({@code ?limt=5}) or a probe ({@code ?sort=password}) never passes unnoticed. A NUL character ({@code %00})
 * in a query or path parameter is refused too: no input has a use for it, and PostgreSQL cannot store it (the HTTP
 * layer refuses a NUL in a header before any route runs). What each operation declares is read from its
 * annotations ({@link DeclaredParameters}), so new operations are covered without code of their own.
 */
public class StrictParameters {
    private static final char NUL = '\u0000';

    private final DeclaredParameters declared = new DeclaredParameters();

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return null;
        }
        List<ProblemError> errors = new ArrayList<>();
        DeclaredParameters.Declared operation = declared.of(resource.getResourceClass(),
                resource.getResourceMethod());
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            checkQuery(parameter.getKey(), parameter.getValue(), operation, errors);
        }
        request.getUriInfo().getPathParameters(true).forEach((name, values) -> {
            if (values.stream().anyMatch(StrictParameters::hasNul)) {
                errors.add(ProblemError.parameter(name, BodyScan.NUL_DETAIL));
            }
        });
        if (errors.isEmpty()) {
            return null;
        }
        String detail = errors.size() == 1
                ? errors.get(0).parameter() + " " + errors.get(0).detail() + "."
                : errors.size() + " parameters are invalid; see errors.";
        return ProblemResponses.of(ProblemType.INVALID_PARAMETER, detail,
                request.getUriInfo().getRequestUri().getRawPath(), errors);
    }

    private static void checkQuery(String name, List<String> values, DeclaredParameters.Declared operation,
                                   List<ProblemError> errors) {
        if (hasNul(name) || values.stream().anyMatch(StrictParameters::hasNul)) {
            errors.add(ProblemError.parameter(name, BodyScan.NUL_DETAIL));
        } else if (!operation.declares(name)) {
            errors.add(ProblemError.parameter(name, operation.names().isEmpty()
                    ? "is not a parameter of this operation, which takes no query parameters"
                    : "is not a parameter of this operation; it accepts: " + String.join(", ", operation.names())));
        } else if (values.size() > 1 && !operation.repeatable(name)) {
            errors.add(ProblemError.parameter(name, "may be given only once"));
        } else if (values.stream().anyMatch(String::isEmpty)) {
            errors.add(ProblemError.parameter(name, "must not be empty"));
        }
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf(NUL) >= 0;
    }
}
