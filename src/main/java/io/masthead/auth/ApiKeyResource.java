package io.masthead.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.http.JsonBodies;
import io.masthead.http.ManagementApi;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/manage/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage API keys")
public class ApiKeyResource {
    private static final Set<String> SERVER_OWNED = Set.of("id", "tokenPrefix", "createdAt", "createdBy",
            "revokedAt", "token");

    private final ApiKeyService keys;
    private final JsonBodies bodies;
    private final SecurityIdentity identity;

    ApiKeyResource(ApiKeyService keys, JsonBodies bodies, SecurityIdentity identity) {
        this.keys = keys;
        this.bodies = bodies;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "Admins only. The response holds the token, which is shown this once and stored only as "
                    + "a hash.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewApiKey.class),
            examples = @ExampleObject(name = "editor", value = "{\"name\": \"cms-integration\", \"role\": \"editor\"}")))
    @APIResponse(responseCode = "201", description = "Created; the token is in the body.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedApiKey.class)))
    public Response create(JsonNode body) {
        CreatedApiKey created = keys.create(bodies.read(body, NewApiKey.class, SERVER_OWNED),
                Caller.of(identity).name());
        return Response.created(URI.create("/manage/v1/keys/" + created.key().id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Admins only. Tokens are never "
            + "shown again; `tokenPrefix` tells keys apart.")
    @APIResponse(responseCode = "200", description = "The keys.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyList.class)))
    public ApiKeyList list() {
        return new ApiKeyList(keys.list());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "Admins only. The key is refused from the next request on; it stays listed as revoked.")
    @APIResponse(responseCode = "200", description = "The revoked key.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiKeyView revoke(@Parameter(description = "The API key's id.", example = ManagementApi.ID_EXAMPLE)
                             @PathParam("id") UUID id) {
        return keys.revoke(id);
    }
}
