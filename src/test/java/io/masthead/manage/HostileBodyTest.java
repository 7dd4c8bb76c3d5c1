package io.masthead.manage;

import static io.masthead.manage.ManagedArticles.PROBLEMS;
import static io.masthead.manage.ManagedArticles.PROBLEM_JSON;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.masthead.testing.RawHttp;
import io.masthead.testing.RawHttp.Reply;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Careless and hostile JSON against every JSON body of the management API: NUL characters, unknown members that
 * hold objects, numbers for enums, duplicate members, text after the value, nulls where the contract has none, a
 * missing Content-Type. Each is a 400 (or 415) problem that names what is wrong, never a 500 and never a write.
 * On PostgreSQL (the postgres profile) a NUL that got through would be a 500.
 */
@QuarkusTest
class HostileBodyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NUL = "must not contain the NUL character (U+0000)";
    private static final String WEBHOOK_URL = "http://127.0.0.1:9/hooks";

    /** A write of the management API with a body it accepts, so that each test changes one thing in it. */
    record Write(String method, String path, String body) {
        ObjectNode json() {
            try {
                return (ObjectNode) JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final Write ARTICLE = new Write("POST", "/manage/v1/articles",
            "{\"language\": \"en\", \"headline\": \"Quay lights\", \"kicker\": \"Harbour\","
                    + " \"blocks\": [{\"type\": \"paragraph\", \"html\": \"Lit at dusk.\"},"
                    + " {\"type\": \"list\", \"style\": \"ordered\", \"items\": [\"One\"]}]}");
    static final Write TAG = new Write("POST", "/manage/v1/tags",
            "{\"type\": \"topic\", \"names\": {\"en\": {\"name\": \"Quays\", \"description\": \"About quays\"}}}");
    static final Write SECTION = new Write("POST", "/manage/v1/sections",
            "{\"slug\": \"quays\", \"names\": {\"en\": \"Quays\"}}");
    static final Write MEDIA = new Write("POST", "/manage/v1/media",
            "{\"kind\": \"image\", \"url\": \"https://images.test.example/quay.jpg\", \"mimeType\": \"image/jpeg\","
                    + " \"altText\": \"A quay at night\", \"caption\": \"The quay\"}");
    static final Write SITE = new Write("PUT", "/manage/v1/site",
            "{\"name\": \"The Quay\", \"defaultLanguage\": \"en\", \"timeZone\": \"Europe/Berlin\","
                    + " \"baseUrl\": \"https://quay.example\", \"editions\": [{\"language\": \"en\", \"name\":"
                    + " \"The Quay\", \"baseUrl\": \"https://quay.example/en\"}]}");
    static final Write KEY = new Write("POST", "/manage/v1/keys", "{\"name\": \"quay-cms\", \"role\": \"editor\"}");
    static final Write WEBHOOK = new Write("POST", "/manage/v1/webhooks",
            "{\"url\": \"" + WEBHOOK_URL + "\", \"events\": [\"article.published\"]}");

    static Stream<Arguments> nulCharacters() {
        return Stream.of(
                Arguments.of(ARTICLE, "/headline"), Arguments.of(ARTICLE, "/blocks/0/html"),
                Arguments.of(ARTICLE, "/blocks/1/items/0"), Arguments.of(ARTICLE, "/kicker"),
                Arguments.of(TAG, "/names/en/name"), Arguments.of(TAG, "/names/en/description"),
                Arguments.of(SECTION, "/names/en"), Arguments.of(SECTION, "/slug"),
                Arguments.of(MEDIA, "/altText"), Arguments.of(MEDIA, "/caption"),
                Arguments.of(SITE, "/name"), Arguments.of(SITE, "/editions/0/name"),
                Arguments.of(KEY, "/name"), Arguments.of(WEBHOOK, "/url"), Arguments.of(WEBHOOK, "/events/0"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nulCharacters")
    void shouldRefuseANulCharacterInAnyStringNamingItsPointer(Write write, String pointer) {
        ObjectNode body = write.json();
        JsonNode value = body.at(pointer);
        set(body, pointer, value.asText() + "\u0000after");

        send(write, body.toString())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "invalid-body"))
                .body("errors.pointer", contains("#" + pointer))
                .body("errors.detail", contains(NUL));
    }

    static Stream<Arguments> writes() {
        return Stream.of(Arguments.of(ARTICLE), Arguments.of(TAG), Arguments.of(SECTION), Arguments.of(MEDIA),
                Arguments.of(SITE), Arguments.of(KEY), Arguments.of(WEBHOOK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void shouldRefuseANulCharacterInAMemberName(Write write) {
        ObjectNode body = write.json();
        body.put("evil\u0000name", "x");

        send(write, body.toString())
                .statusCode(400)
                .body("errors.pointer", contains("#"))
                .body("errors.detail", contains("has a member whose name contains the NUL character (U+0000)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void shouldNameAnUnknownMemberThatHoldsAnObjectOrAnArray(Write write) {
        ObjectNode body = write.json();
        body.putObject("extra").put("a", 1);
        body.putArray("more").addObject().putArray("deeper").add(1);

        send(write, body.toString())
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-body"))
                .body("errors.pointer", contains("#/extra", "#/more"))
                .body("errors.detail", contains("is not a field of this request body",
                        "is not a field of this request body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void shouldRefuseTextAfterTheJsonValue(Write write) {
        send(write, write.body() + "xyz")
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-body"))
                .body("detail", startsWith("The body is not valid JSON (line 1, column"));
        send(write, write.body() + " {}")
                .statusCode(400)
                .body("errors.pointer", contains("#"))
                .body("errors.detail", contains("holds more than one JSON value; send exactly one"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void shouldRefuseAMemberNameGivenTwice(Write write) {
        String first = write.json().fieldNames().next();
        String body = "{\"" + first + "\": 1, " + write.body().substring(1);

        send(write, body)
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-body"))
                .body("errors.pointer", contains("#/" + first))
                .body("errors.detail", contains("is a member name that appears more than once in its object"));
    }

    static Stream<Arguments> numbersForEnums() {
        return Stream.of(
                Arguments.of(KEY, "/role", "1", "editor, admin"), Arguments.of(KEY, "/role", "\"1\"", "editor, admin"),
                Arguments.of(KEY, "/role", "\"ADMIN\"", "editor, admin"),
                Arguments.of(TAG, "/type", "0", "topic, person, organisation, place, event"),
                Arguments.of(MEDIA, "/kind", "\"0\"", "image, audio, video"),
                Arguments.of(MEDIA, "/kind", "1.0", "image, audio, video"),
                Arguments.of(ARTICLE, "/blocks/1/style", "1", "ordered, unordered"),
                Arguments.of(WEBHOOK, "/events/0", "0", "article.published, article.updated, article.unpublished, "
                        + "article.deleted"));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("numbersForEnums")
    void shouldAcceptOnlyTheDocumentedStringsForAnEnum(Write write, String pointer, String value, String allowed)
            throws Exception {
        ObjectNode body = write.json();
        set(body, pointer, JSON.readTree(value));

        send(write, body.toString())
                .statusCode(400)
                .body("errors.pointer", contains("#" + pointer))
                .body("errors.detail", contains("must be one of " + allowed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void shouldRefuseABodyWithoutContentTypeOrWithAWildcard(Write write) throws Exception {
        for (String contentType : new String[] {null, "*/*", "application/*"}) {
            byte[] body = write.body().getBytes(StandardCharsets.UTF_8);
            List<String> headers = new ArrayList<>(List.of("Authorization: Bearer " + ManageApi.ADMIN_TOKEN,
                    "If-None-Match: *", "Connection: close", "Content-Length: " + body.length));
            if (contentType != null) {
                headers.add("Content-Type: " + contentType);
            }
            Reply reply = RawHttp.send(RawHttp.head(write.method() + " " + write.path() + " HTTP/1.1",
                    headers.toArray(String[]::new)), RawHttp.bytes(body));

            assertThat(reply.body(), reply.status(), is(415));
            JsonNode problem = JSON.readTree(reply.body());
            assertThat(problem.path("title").asText(), equalTo("Unsupported Media Type"));
            assertThat(problem.path("detail").asText(), equalTo(contentType == null
                    ? "The body has no Content-Type; send it as application/json."
                    : "This resource does not accept Content-Type " + contentType + "; send application/json."));
        }
    }

    static Stream<Arguments> nullsWhereTheContractHasNone() {
        return Stream.of(
                Arguments.of(ARTICLE, "/headline", "must not be null"),
                Arguments.of(ARTICLE, "/slug", "must not be null; omit the member instead"),
                Arguments.of(ARTICLE, "/tags", "must not be null; omit the member instead"),
                Arguments.of(ARTICLE, "/hero", "must not be null; omit the member instead"),
                Arguments.of(MEDIA, "/focalPoint", "must not be null; omit the member instead"),
                Arguments.of(ARTICLE, "/blocks/1/style", "must not be null; omit the member instead"),
                Arguments.of(TAG, "/slug", "must not be null; omit the member instead"),
                Arguments.of(TAG, "/names/en/name", "must not be null"),
                Arguments.of(SECTION, "/names/en", "must not be null"),
                Arguments.of(MEDIA, "/url", "must not be null"),
                Arguments.of(SITE, "/editions", "must not be null"),
                Arguments.of(KEY, "/role", "must not be null"),
                Arguments.of(WEBHOOK, "/events", "must not be null"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nullsWhereTheContractHasNone")
    void shouldRefuseNullWhereTheContractDoesNotAllowIt(Write write, String pointer, String detail) {
        ObjectNode body = write.json();
        set(body, pointer, NullNode.getInstance());

        send(write, body.toString())
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-body"))
                .body("errors.pointer", contains("#" + pointer))
                .body("errors.detail", contains(detail));
    }

    static Stream<Arguments> nullsTheContractAllows() {
        return Stream.of(Arguments.of(ARTICLE, "/kicker"), Arguments.of(TAG, "/parent"),
                Arguments.of(TAG, "/names/en/description"), Arguments.of(MEDIA, "/caption"),
                Arguments.of(MEDIA, "/width"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nullsTheContractAllows")
    void shouldTakeNullAsNoValueWhereTheContractAllowsIt(Write write, String pointer) {
        ObjectNode body = write.json();
        if (write == TAG) {
            body.put("slug", Fixtures.unique("quays"));
        }
        set(body, pointer, NullNode.getInstance());

        send(write, body.toString())
                .statusCode(201)
                .body("content" + pointer.replace('/', '.'), nullValue());
    }

    private static ValidatableResponse send(Write write, String body) {
        RequestSpecification request = ManageApi.asAdmin().header("If-None-Match", "*")
                .body(body.getBytes(StandardCharsets.UTF_8));
        return request.when().request(write.method(), write.path()).then().log().ifValidationFails();
    }

    private static void set(ObjectNode body, String pointer, Object value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = body.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        JsonNode node = value instanceof JsonNode json ? json : JSON.valueToTree(value);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), node);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
    }
}
