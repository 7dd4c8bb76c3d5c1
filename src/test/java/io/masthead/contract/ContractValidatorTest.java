package io.masthead.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.testing.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check that every Quarkus test relies on must itself reject what the contract forbids. */
class ContractValidatorTest {
    private static final String PROBLEM = "/components/schemas/Problem";
    private static final String TAG_REF = "/components/schemas/TagRef";

    @Test
    void shouldAcceptAValidProblem() {
        List<String> violations = Contract.get().validate(PROBLEM, """
                {"type":"about:blank","title":"Not Found","status":404,"detail":"No such thing.","instance":"/x",
                "requestId":"0b6f1c9e-5b7d-4f0a-9c1e-2f8d6a4b3c21"}""");
        assertEquals(List.of(), violations);
    }

    @Test
    void shouldRejectAMissingRequiredProperty() {
        assertFalse(Contract.get().validate(PROBLEM, """
                {"type":"about:blank","title":"Not Found","status":404,"instance":"/x"}""").isEmpty());
    }

    @Test
    void shouldRejectAnUndeclaredProperty() {
        assertFalse(Contract.get().validate(PROBLEM, """
                {"type":"about:blank","title":"T","status":404,"detail":"D","instance":"/x","stackTrace":"..."}""")
                .isEmpty());
    }

    @Test
    void shouldRejectAValueOutsideAnEnumOfARequest() {
        List<String> violations = Contract.get().validate("/components/schemas/TagContent", """
                {"type":"planet","names":{"en":{"name":"X"}}}""");

        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().anyMatch(violation -> violation.contains("type")), violations.toString());
    }

    @Test
    void shouldAcceptANewValueOfAnExtensibleEnumAndANewMemberInAResponse() {
        assertTrue(Contract.get().validate(TAG_REF, """
                {"id":"0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c","slug":"x","type":"planet","name":"X","since":1}""")
                .isEmpty());
    }

    @Test
    void shouldRejectAMissingAltTextOnAnImageAndAFocalPointOnAudio() {
        String media = "/components/schemas/MediaContent";

        assertFalse(Contract.get().validate(media, """
                {"kind":"image","url":"https://x.example/a.jpg","mimeType":"image/jpeg"}""").isEmpty());
        assertFalse(Contract.get().validate(media, """
                {"kind":"audio","url":"https://x.example/a.mp3","mimeType":"audio/mpeg","durationSeconds":3,
                 "focalPoint":{"x":0.5,"y":0.5}}""").isEmpty());
        assertTrue(Contract.get().validate(media, """
                {"kind":"audio","url":"https://x.example/a.mp3","mimeType":"audio/mpeg","durationSeconds":3}""")
                .isEmpty());
    }

    @Test
    void shouldRejectAMalformedFormat() {
        assertFalse(Contract.get().validate(TAG_REF, """
                {"id":"not-a-uuid","slug":"x","type":"topic","name":"X"}""").isEmpty());
    }

    @Test
    void shouldFindTheOperationOfAConcretePath() {
        assertEquals("/paths/~1api~1v1~1articles~1id~1{id}/get",
                Contract.get().operationPointer("GET", "/api/v1/articles/id/0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c")
                        .orElseThrow());
        assertTrue(Contract.get().operationPointer("DELETE", "/api/v1/articles/x").isEmpty());
    }
}
