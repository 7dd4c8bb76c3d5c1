package io.masthead.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.testing.ManageApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class WebhookRegistrationTest {
    private static final String WEBHOOKS = "/manage/v1/webhooks";
    private static final String INVALID_BODY = "https://masthead.io/problems/invalid-body";

    @Inject
    WebhookDeliveryRepository deliveries;

    private final Hooks hooks = new Hooks();

    @AfterEach
    void cleanUp() {
        hooks.close();
    }

    @Test
    void shouldShowTheSecretOnlyWhenTheWebhookIsRegistered() {
        String url = hooks.receiver().url();
        var created = ManageApi.asAdmin().body(Map.of("url", url, "events", List.of("article.updated",
                        "article.published", "article.updated")))
                .when().post(WEBHOOKS)
                .then().statusCode(201)
                .body("webhook.url", equalTo(url))
                .body("webhook.events", contains("article.published", "article.updated"))
                .body("webhook.createdBy", equalTo("bootstrap-admin"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9_-]{43}"))
                .extract();
        String id = created.path("webhook.id");
        String secret = created.path("secret");
        hooks.adopt(id);

        assertEquals(WEBHOOKS + "/" + id, URI.create(created.header("Location")).getPath());
        ManageApi.asAdmin().when().get(WEBHOOKS + "/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("url", equalTo(url))
                .body("secret", nullValue())
                .body(not(containsString(secret)));
        ManageApi.asAdmin().when().get(WEBHOOKS)
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body(not(containsString(secret)))
                .body(not(containsString("whsec_")));
    }

    @Test
    void shouldDeleteAWebhookWithItsLog() {
        String id = hooks.register(hooks.receiver(), "article.published").id();
        Articles.create(OffsetDateTime.now().minusMinutes(1));
        assertEquals(1, Hooks.deliveries(id).getList("items").size());

        ManageApi.asAdmin().when().delete(WEBHOOKS + "/{id}", id).then().statusCode(204);

        long logged = QuarkusTransaction.requiringNew().call(() -> deliveries.count("webhookId", UUID.fromString(id)));
        assertEquals(0, logged, "the log goes with the webhook");
        ManageApi.asAdmin().when().get(WEBHOOKS + "/{id}", id).then().statusCode(404);
        ManageApi.asAdmin().when().get(WEBHOOKS + "/{id}/deliveries", id).then().statusCode(404);
        ManageApi.asAdmin().when().delete(WEBHOOKS + "/{id}", id).then().statusCode(404);
        ManageApi.asAdmin().when().get(WEBHOOKS).then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldRefuseMoreWebhooksThanTheLimit() {
        Receiver receiver = hooks.receiver();
        int registered = ManageApi.asAdmin().when().get(WEBHOOKS).then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        for (; registered < WebhookService.MAX_WEBHOOKS; registered++) {
            hooks.register(receiver, "article.deleted");
        }

        ManageApi.asAdmin().body(Map.of("url", receiver.url(), "events", List.of("article.deleted")))
                .when().post(WEBHOOKS)
                .then().statusCode(409)
                .body("detail", containsString("already " + WebhookService.MAX_WEBHOOKS + " webhooks"));
    }

    @Test
    void shouldRefusePlainHttpToAHostThatIsNotAllowListed() {
        refused(Map.of("url", "http://hooks.example.com/masthead", "events", List.of("article.published")))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("#/url"))
                .body("errors[0].detail", containsString("must use https"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data",
        "https://[::1]:8443/hook", "https://" + TestHostResolver.LOOPBACK_ALIAS + "/hook",
        "https://255.255.255.255/hook", "https://198.18.0.1/hook", "https://[2002:7f00:1::1]/hook"})
    void shouldRefuseTargetsThatResolveToInternalAddresses(String url) {
        refused(Map.of("url", url, "events", List.of("article.published")))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("#/url"))
                .body("errors[0].detail", containsString("address and not a public one; such targets need to be "
                        + "allow-listed by the operator"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://0177.0.0.1/hook", "https://127.1/hook", "https://0x7f.0.0.1/hook"})
    void shouldRefuseNumericHostsInAnyFormButFourDecimalNumbers(String url) {
        refused(Map.of("url", url, "events", List.of("article.published")))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("#/url"))
                .body("errors[0].detail", not(containsString("resolves to")));
    }

    @Test
    void shouldSayWhyAnOctalAddressIsRefused() {
        refused(Map.of("url", "https://0177.0.0.1/hook", "events", List.of("article.published")))
                .body("errors[0].detail", containsString("names its host in a numeric form other than four decimal "
                        + "numbers"));
    }

    @Test
    void shouldNameEveryBadFieldInOneResponse() {
        refused(Map.of("url", "https://10.0.0.5/hook", "events", List.of(), "secret", "whsec_mine"))
                .body("errors.pointer", contains("#/events", "#/secret", "#/url"));
    }

    @Test
    void shouldRefuseAnUnknownEvent() {
        refused(Map.of("url", hooks.receiver().url(), "events", List.of("article.published", "article.created")))
                .body("errors", hasSize(1))
                .body("errors[0].pointer", matchesPattern("#/events/\\d"));
    }

    @Test
    void shouldRefuseAMissingUrlAndEvents() {
        refused(Map.of()).body("errors.pointer", contains("#/events", "#/url"));
    }

    @Test
    void shouldLetOnlyAdminsManageWebhooks() {
        String editor = ManageApi.newToken("editor");
        Map<String, Object> body = Map.of("url", hooks.receiver().url(), "events", List.of("article.published"));

        ManageApi.as(editor).body(body).when().post(WEBHOOKS).then().statusCode(403);
        ManageApi.as(editor).when().get(WEBHOOKS).then().statusCode(403);
        given().contentType("application/json").body(body).when().post(WEBHOOKS)
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().when().get(WEBHOOKS).then().statusCode(401);
    }

    private static ValidatableResponse refused(Map<String, Object> body) {
        return ManageApi.asAdmin().body(body)
                .when().post(WEBHOOKS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(INVALID_BODY));
    }
}
