package io.masthead.webhook;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.masthead.testing.ManageApi;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The receivers and webhooks of one test, removed again afterwards so that no later test's articles are sent
 * to a receiver that is gone.
 */
final class Hooks implements AutoCloseable {
    private final List<Receiver> receivers = new ArrayList<>();
    private final List<String> webhookIds = new ArrayList<>();

    Receiver receiver() {
        Receiver receiver = Receiver.start();
        receivers.add(receiver);
        return receiver;
    }

    Registered register(Receiver receiver, String... events) {
        JsonPath created = ManageApi.asAdmin().body(Map.of("url", receiver.url(), "events", List.of(events)))
                .when().post("/manage/v1/webhooks")
                .then().statusCode(201)
                .extract().jsonPath();
        Registered registered = new Registered(created.getString("webhook.id"), created.getString("secret"));
        webhookIds.add(registered.id());
        return registered;
    }

    /** Removes a webhook the test registered itself at the end of the test. */
    void adopt(String webhookId) {
        webhookIds.add(webhookId);
    }

    /** The webhook's whole delivery log, newest first. */
    static JsonPath deliveries(String webhookId) {
        return ManageApi.asAdmin().queryParam("limit", 100)
                .when().get("/manage/v1/webhooks/{id}/deliveries", webhookId)
                .then().statusCode(200)
                .extract().jsonPath();
    }

    @Override
    public void close() {
        webhookIds.forEach(id -> ManageApi.asAdmin().when().delete("/manage/v1/webhooks/{id}", id)
                .then().statusCode(anyOf(is(204), is(404))));
        receivers.forEach(Receiver::close);
    }

    record Registered(String id, String secret) {
    }
}
