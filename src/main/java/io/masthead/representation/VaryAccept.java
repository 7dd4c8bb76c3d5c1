package io.masthead.representation;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An article's URLs answer JSON, JSON-LD or ninjs by {@code Accept}, so every answer there, JSON included, must tell
 * caches that it varies by {@code Accept}; otherwise a CDN could hand JSON-LD to a client that asked for JSON.
 */
public class VaryAccept {
    private static final Pattern NEGOTIATED = Pattern.compile("/?api/v1/articles/(id/)?[^/]+/?");

    @ServerResponseFilter
    public void addVary(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        String path = request.getUriInfo().getPath();
        if (read && NEGOTIATED.matcher(path).matches() && !path.endsWith(".jsonld")) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }
}
