package io.masthead.testing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Provokes the failures that no real endpoint can be made to produce on demand, so that tests can check what the
 * problem mappers send back. Hidden from OpenAPI, so the served contract stays the committed one.
 */
@Path("/test-only")
public class FailingResource {

    /** Sensitive text in the message proves that nothing of the exception reaches the client. */
    @GET
    @Path("/boom")
    @Operation(hidden = true)
    public String boom() {
        throw new IllegalStateException("select * from secret_table where password = 'hunter2'");
    }

    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Echo echo(Echo body) {
        return body;
    }

    @GET
    @Path("/db-down")
    @Operation(hidden = true)
    public String databaseDown() {
        throw new JDBCConnectionException("Connection refused", new SQLException("refused", "08001"));
    }

    public record Echo(String a) {
    }
}
