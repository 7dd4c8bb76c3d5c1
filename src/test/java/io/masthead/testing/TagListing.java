package io.masthead.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole tag list by following its cursors. Tags cannot be filtered by slug and the database holds the
 * tags of every test of the run, so a test that looks for its own tag in the list has to page through all of it.
 */
public final class TagListing {
    private static final int PAGE_SIZE = 100;

    private TagListing() {
    }

    /** Every item of GET /api/v1/tags with these query parameters, in the order served. */
    public static List<Map<String, Object>> all(Map<String, String> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParams(query).queryParam("limit", PAGE_SIZE);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/tags").then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** The list item of the tag with this slug; fails the test when the list does not have it. */
    public static Map<String, Object> find(String slug) {
        return all(Map.of()).stream()
                .filter(item -> slug.equals(item.get("slug")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("GET /api/v1/tags does not list the tag " + slug));
    }
}
