package io.masthead.article;

import io.masthead.delivery.FieldSelection;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code fields} of the operations that list article summaries (the list, search results, related articles). */
public class SummaryFieldsParam {
    public static final FieldSelection SUMMARY_FIELDS = FieldSelection.of(ArticleSummary.class);

    @QueryParam(FieldSelection.PARAMETER)
    @Parameter(description = "Only these top-level fields of each item, comma-separated, such as "
            + "`slug,headline,publishedAt`; the page's own fields (`nextCursor`, `total`) stay. Tags are not read "
            + "from the database when `tags` is left out. Accepted: id, slug, language, headline, kicker, "
            + "standfirst, section, hero, tags, publishedAt, updatedAt, readingTimeMinutes, audioDurationSeconds, "
            + "search. Any other name is a 400. Without it, every field.", example = "slug,headline,publishedAt",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = FieldSelection.MAX_LENGTH,
                    pattern = "^(id|slug|language|headline|kicker|standfirst|section|hero|tags|publishedAt"
                            + "|updatedAt|readingTimeMinutes|audioDurationSeconds|search)(,(id|slug|language|headline"
                            + "|kicker|standfirst|section|hero|tags|publishedAt|updatedAt|readingTimeMinutes"
                            + "|audioDurationSeconds|search))*$"))
    String fields;

    /** The selected fields; null for all. */
    public Set<String> selected() {
        return SUMMARY_FIELDS.parse(fields);
    }
}
