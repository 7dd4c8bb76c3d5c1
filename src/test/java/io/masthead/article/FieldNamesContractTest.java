package io.masthead.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.junit.jupiter.api.Test;

/**
 * The contract's patterns for {@code fields} are written out in annotations (they must be constants); the names
 * accepted at run time are read from the records. They must agree, or the contract lies about what is accepted.
 */
class FieldNamesContractTest {
    @Test
    void shouldDeclareExactlyTheDetailFieldsInTheContract() throws NoSuchFieldException {
        assertEquals(ArticleShapeParams.DETAIL_FIELDS.pattern(), pattern(ArticleShapeParams.class));
    }

    @Test
    void shouldDeclareExactlyTheSummaryFieldsInTheContract() throws NoSuchFieldException {
        assertEquals(SummaryFieldsParam.SUMMARY_FIELDS.pattern(), pattern(SummaryFieldsParam.class));
    }

    private static String pattern(Class<?> params) throws NoSuchFieldException {
        return params.getDeclaredField("fields").getAnnotation(Parameter.class).schema().pattern();
    }
}
