package io.masthead.http;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 as problem+json; a 401 always carries the Bearer challenge. */
public class SecurityProblems {
    static final String CHALLENGE = "Bearer realm=\"masthead\"";

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException exception, UriInfo uri) {
        return challenge("This operation needs an API key: send Authorization: Bearer <token>.", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, UriInfo uri) {
        return challenge("The API key is unknown or has been revoked.", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN,
                "This API key's role does not allow this operation.", ProblemMappers.instance(uri), List.of());
    }

    private static Response challenge(String detail, UriInfo uri) {
        Response problem = ProblemResponses.of(ProblemType.UNAUTHORIZED, detail, ProblemMappers.instance(uri),
                List.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
