package io.masthead.localization;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells caches that an answer depends on {@code Accept-Language} wherever it can: the article looked up by slug (in
 * every representation), its related articles and the tags (their names), when {@code lang} is absent. It is added
 * to every status, a 404 included, because whether the slug exists in the negotiated language decides that too, and
 * a cache may keep a 404. With {@code lang} the header plays no part, so those answers stay shared between readers.
 */
public class LanguageVary {
    private static final Pattern NEGOTIATED = Pattern.compile(
            "/?api/v1/(articles/(?!id/)[^/]+(/related)?|tags(/[^/]+)?)/?");

    @ServerResponseFilter
    public void addVary(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && NEGOTIATED.matcher(request.getUriInfo().getPath()).matches()
                && !request.getUriInfo().getQueryParameters().containsKey("lang")) {
            response.getHeaders().add(HttpHeaders.VARY, AcceptLanguage.HEADER);
        }
    }
}
