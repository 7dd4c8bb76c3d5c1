package io.masthead.sync;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A client of the changes feed as an app would write one: it starts from the beginning, applies every record in
 * order to its local copy (upsert stores, remove drops, unknown types are skipped) and keeps the token.
 */
final class SyncClient {
    private final String include;
    private final Map<String, Map<String, Object>> copy = new HashMap<>();
    private String token;

    SyncClient() {
        this(null);
    }

    SyncClient(String include) {
        this.include = include;
    }

    /** Fetches and applies one page; returns its records. */
    Page poll(int limit) {
        RequestSpecification request = given().queryParam("limit", limit);
        if (token != null) {
            request.queryParam("since", token);
        }
        if (include != null) {
            request.queryParam("include", include);
        }
        JsonPath page = request.when().get("/api/v1/changes")
                .then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            apply(item);
        }
        token = page.getString("nextToken");
        return new Page(items, page.getBoolean("hasMore"));
    }

    /** Pages until the feed says there is nothing more for now; returns every record on the way. */
    List<Map<String, Object>> catchUp() {
        List<Map<String, Object>> records = new ArrayList<>();
        Page page;
        do {
            page = poll(100);
            records.addAll(page.items());
        } while (page.hasMore());
        return records;
    }

    String token() {
        return token;
    }

    Map<String, Map<String, Object>> copy() {
        return copy;
    }

    @SuppressWarnings("unchecked")
    private void apply(Map<String, Object> item) {
        String id = (String) item.get("id");
        switch ((String) item.get("type")) {
            case "upsert" -> copy.put(id, (Map<String, Object>) item.get("article"));
            case "remove" -> copy.remove(id);
            default -> {
                // Records of types this client does not know are skipped, as the contract asks.
            }
        }
    }

    record Page(List<Map<String, Object>> items, boolean hasMore) {
        /** The records about one article, in order. */
        List<Map<String, Object>> about(String articleId) {
            return items.stream().filter(item -> articleId.equals(item.get("id"))).toList();
        }
    }

    /** The records about one article among {@code records}, in order. */
    static List<Map<String, Object>> about(List<Map<String, Object>> records, String articleId) {
        return records.stream().filter(item -> articleId.equals(item.get("id"))).toList();
    }
}
