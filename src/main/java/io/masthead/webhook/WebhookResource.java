package io.masthead.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.auth.Caller;
import io.masthead.auth.Role;
import io.masthead.http.JsonBodies;
import io.masthead.http.ManagementApi;
import io.masthead.http.PageParams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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

@Path("/manage/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage webhooks", description = "Register URLs that receive signed article events, and read their "
        + "delivery logs. Admins only.")
public class WebhookResource {
    private static final Set<String> SERVER_OWNED = Set.of("id", "secret", "createdAt", "createdBy");

    private final WebhookService webhooks;
    private final JsonBodies bodies;
    private final SecurityIdentity identity;

    WebhookResource(WebhookService webhooks, JsonBodies bodies, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.bodies = bodies;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook", description = WebhookDocs.CREATE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewWebhook.class),
            examples = @ExampleObject(name = "publications", value = "{\"url\": \"https://cms.example.com/hooks/"
                    + "masthead\", \"events\": [\"article.published\", \"article.unpublished\"]}")))
    @APIResponse(responseCode = "201", description = "Registered; `Location` points at it and the secret is in the "
            + "body.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreatedWebhook.class)))
    // Declared here because SmallRye would otherwise add a 400 without the problem+json body it really has.
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(JsonNode body) {
        CreatedWebhook created = webhooks.create(bodies.read(body, NewWebhook.class, SERVER_OWNED),
                Caller.of(identity).name());
        return Response.created(URI.create("/manage/v1/webhooks/" + created.webhook().id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks",
            description = "Admins only. Secrets are never shown again.")
    @APIResponse(responseCode = "200", description = "The webhooks.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookList.class)))
    public WebhookList list() {
        return new WebhookList(webhooks.list());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook",
            description = "Admins only. The secret is never shown again.")
    @APIResponse(responseCode = "200", description = "The webhook.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookView get(@Parameter(description = "The webhook's id.", example = ManagementApi.ID_EXAMPLE)
                           @PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook",
            description = "Admins only. Nothing more is sent to it, not even pending retries, and its delivery log "
                    + "is deleted with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@Parameter(description = "The webhook's id.", example = ManagementApi.ID_EXAMPLE)
                           @PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries",
            description = "Admins only. The delivery log, newest first and keyset-paginated: every event queued "
                    + "for the webhook, with its status, its attempts and the result of the latest one.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DeliveryPage deliveries(@Parameter(description = "The webhook's id.", example = ManagementApi.ID_EXAMPLE)
                                   @PathParam("id") UUID id, @BeanParam PageParams page) {
        return webhooks.deliveries(id, page.cursor(), page.limit());
    }
}
