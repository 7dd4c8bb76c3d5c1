package io.masthead.article;

import io.masthead.delivery.BlockFormat;
import io.masthead.delivery.FieldSelection;
import io.masthead.error.InvalidParameter;
import io.masthead.error.InvalidParameters;
import io.masthead.http.EnumParameter;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code fields}, {@code include} and {@code format} of the article detail. Lists of names travel as one
 * comma-separated value, which every client generator sends as written; the contract lists the names in the
 * description and in a pattern.
 */
public class ArticleShapeParams {
    static final FieldSelection DETAIL_FIELDS = FieldSelection.of(ArticleDetail.class);
    static final String INCLUDE = "include";
    private static final String PART = "(blocks|media|tags|translations|byline)";
    private static final String FIELDS_DESCRIPTION = "Only these top-level fields, comma-separated, such as "
            + "`slug,headline,publishedAt`; parts that are left out are not read from the database. Accepted: "
            + "id, slug, language, headline, kicker, standfirst, section, hero, audio, byline, sources, tags, blocks, "
            + "firstPublishedAt, publishedAt, updatedAt, wordCount, readingTimeMinutes, seo, translations. "
            + "Any other name is a 400. Without it, every field.";

    @QueryParam(FieldSelection.PARAMETER)
    @Parameter(description = FIELDS_DESCRIPTION, example = "slug,headline,publishedAt",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = FieldSelection.MAX_LENGTH,
                    pattern = "^(id|slug|language|headline|kicker|standfirst|section|hero|audio|byline|sources|tags"
                            + "|blocks|firstPublishedAt|publishedAt|updatedAt|wordCount|readingTimeMinutes|seo"
                            + "|translations)(,(id|slug|language|headline|kicker|standfirst|section|hero|audio|byline"
                            + "|sources|tags|blocks|firstPublishedAt|publishedAt|updatedAt|wordCount"
                            + "|readingTimeMinutes|seo|translations))*$"))
    String fields;

    @QueryParam(INCLUDE)
    @Parameter(description = "The embedded parts to include, comma-separated: `blocks` (the body), `media` (`hero` "
            + "and `audio`), `tags`, `translations`, `byline`. Parts not named are neither read nor shown. Without "
            + "it, every part. Any other name is a 400.", example = "blocks,tags",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 60,
                    pattern = "^" + PART + "(," + PART + ")*$"))
    String include;

    @QueryParam(BlockFormat.PARAMETER)
    @Parameter(description = "The text forms of paragraphs, quotes and list items: `html`, `text` or `both` (the "
            + "default). Headings have only text, which they keep.", example = "text",
            schema = @Schema(implementation = BlockFormat.class, defaultValue = "both"))
    String format;

    /** The shape these parameters ask for; every bad one is reported in the same 400. */
    public ArticleShape shape() {
        List<InvalidParameter> problems = new ArrayList<>();
        Set<String> selected = null;
        Set<ArticlePart> parts = EnumSet.allOf(ArticlePart.class);
        BlockFormat blockFormat = null;
        try {
            selected = DETAIL_FIELDS.parse(fields);
        } catch (InvalidParameter problem) {
            problems.add(problem);
        }
        try {
            parts = parts(include);
        } catch (InvalidParameter problem) {
            problems.add(problem);
        }
        try {
            blockFormat = EnumParameter.parse(BlockFormat.class, BlockFormat.PARAMETER, format);
        } catch (InvalidParameter problem) {
            problems.add(problem);
        }
        InvalidParameters.throwIfAny(problems);
        return new ArticleShape(parts, selected, blockFormat == null ? BlockFormat.BOTH : blockFormat);
    }

    private static Set<ArticlePart> parts(String value) {
        if (value == null) {
            return EnumSet.allOf(ArticlePart.class);
        }
        Set<ArticlePart> parts = EnumSet.noneOf(ArticlePart.class);
        for (String name : value.split(",", -1)) {
            parts.add(EnumParameter.parse(ArticlePart.class, INCLUDE, name));
        }
        return parts;
    }
}
