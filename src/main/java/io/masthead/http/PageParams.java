package io.masthead.http;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of every list. They arrive as text and are checked here, so that a bad value gets a 400
 * naming the parameter (JAX-RS would answer a failed number conversion with 404) and is never clamped silently.
 */
public class PageParams {
    @QueryParam("limit")
    @Parameter(description = "How many items to return.", example = Limits.DEFAULT_PAGE_SIZE_TEXT,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = Limits.MAX_PAGE_SIZE_TEXT,
                    defaultValue = Limits.DEFAULT_PAGE_SIZE_TEXT))
    String limit;

    @QueryParam(Cursor.PARAMETER)
    @Parameter(description = "The `nextCursor` of the previous page, unchanged. Omit it for the first page. Cursors "
            + "are signed: one this API did not issue, or changed in any way, is a 400 naming `cursor`.",
            example = "AvLLjJFpwBI1o1_LxdlvHq4yMDI2LTExLTIwVDA3OjQ1OjAwWgowMTkyZjBjNC0zYjFlLTdjNTUtOWE1MS01ZDZlMGYxYTJiM2M",
            schema = @Schema(type = SchemaType.STRING, maxLength = Limits.MAX_CURSOR_LENGTH,
                    pattern = "^[A-Za-z0-9_-]+$"))
    String cursor;

    public int limit() {
        return Limits.pageSize(limit, Limits.DEFAULT_PAGE_SIZE);
    }

    /** The cursor, or null for the first page. */
    public String cursor() {
        if (cursor == null) {
            return null;
        }
        if (cursor.isEmpty() || cursor.length() > Limits.MAX_CURSOR_LENGTH || !cursor.matches("[A-Za-z0-9_-]+")) {
            throw Cursor.malformed();
        }
        return cursor;
    }
}
