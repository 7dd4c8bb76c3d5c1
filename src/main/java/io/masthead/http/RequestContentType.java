package io.masthead.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body must say what it is. JAX-RS hands a body without {@code Content-Type}, or with a wildcard such as
 * {@code *}{@code /*}, to any operation; here it is a 415 that names the media types the operation accepts, like a
 * body of the wrong type. A request without a body needs no Content-Type.
 */
public class RequestContentType {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return null;
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        MediaType sent = request.getMediaType();
        boolean concrete = sent != null && !sent.isWildcardType() && !sent.isWildcardSubtype();
        if (consumes == null || concrete || !hasBody(request)) {
            return null;
        }
        String accepted = String.join(" or ", List.of(consumes.value()));
        return ProblemResponses.ofStatus(415, sent == null
                ? "The body has no Content-Type; send it as " + accepted + "."
                : "This resource does not accept Content-Type " + request.getHeaderString(HttpHeaders.CONTENT_TYPE)
                        + "; send " + accepted + ".",
                request.getUriInfo().getRequestUri().getRawPath());
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !length.strip().equals("0");
    }
}
