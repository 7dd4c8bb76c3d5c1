package io.masthead.importer;

import io.masthead.auth.Caller;
import io.masthead.auth.Role;
import io.masthead.http.ManagementApi;
import io.masthead.http.PageParams;
import io.masthead.http.Problem;
import io.masthead.http.ProblemResponses;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/manage/v1/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage imports", description = "Bulk import of articles from NDJSON, run as background jobs with "
        + "progress and a per-line error report. Needs an API key.")
public class ImportResource {
    public static final String NDJSON = "application/x-ndjson";

    private final ImportReceiver receiver;
    private final ImportQueries queries;
    private final SecurityIdentity identity;

    ImportResource(ImportReceiver receiver, ImportQueries queries, SecurityIdentity identity) {
        this.receiver = receiver;
        this.queries = queries;
        this.identity = identity;
    }

    @POST
    @Consumes(NDJSON)
    @Operation(operationId = "startImport", summary = "Import articles from NDJSON", description = ImportDocs.START)
    @RequestBody(required = true, description = ImportDocs.BODY, content = @Content(mediaType = NDJSON,
            schema = @Schema(type = SchemaType.STRING, contentMediaType = NDJSON, contentSchema = ImportLine.class,
                    maxLength = 209_715_200, examples = ImportDocs.EXAMPLE)))
    @APIResponse(responseCode = "202", description = "The upload is stored and the job queued. `Location` points at "
            + "the job; poll it for progress.",
            headers = @Header(name = "Location", description = "The job.", schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", description = ImportDocs.TOO_LARGE, content = @Content(
            mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(InputStream body) {
        ImportJobView job = receiver.receive(body, Caller.of(identity).name());
        return Response.accepted(job).location(URI.create("/manage/v1/import/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "Follow an import",
            description = "The job's progress, and the first " + ImportJobView.ERRORS_SHOWN + " lines that failed "
                    + "with their errors. Poll it (every second or so) until `status` is `completed` or `failed`.")
    @APIResponse(responseCode = "200", description = "The job.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ImportJobView get(@Parameter(description = "The import job's id.", example = ManagementApi.ID_EXAMPLE)
                             @PathParam("id") UUID id) {
        return queries.get(id);
    }

    @GET
    @Path("/{id}/errors")
    @Operation(operationId = "listImportErrors", summary = "List the lines of an import that failed",
            description = "Every failed line with its errors, in line order, one page at a time.")
    @APIResponse(responseCode = "200", description = "A page of failed lines.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportErrorPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ImportErrorPage errors(@Parameter(description = "The import job's id.", example = ManagementApi.ID_EXAMPLE)
                                  @PathParam("id") UUID id, @BeanParam PageParams page) {
        return queries.errors(id, page.cursor(), page.limit());
    }
}
