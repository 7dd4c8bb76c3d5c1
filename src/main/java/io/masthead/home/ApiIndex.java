package io.masthead.home;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiIndex",
        description = "Where to start: the contract, its documentation and the main collections of both APIs.")
public record ApiIndex(
        @Schema(required = true, maxLength = 100, description = "What answers here.", examples = "Masthead API") String name,
        @Schema(required = true, maxLength = 500, description = "One line on what the two APIs are for.",
                examples = "A headless content API for news publishers.")
        String description,
        @Schema(required = true, description = "Links to follow, each a path on this server.") Links links) {

    static final ApiIndex CURRENT = new ApiIndex("Masthead API",
            "A headless content API for news publishers: /api/v1 serves published content to anyone, "
                    + "/manage/v1 writes it with an API key.",
            new Links("/api/v1", "/q/openapi", "/q/swagger-ui/", "/api/v1/site", "/api/v1/articles",
                    "/api/v1/tags", "/manage/v1/articles"));

    @Schema(name = "ApiIndexLinks", description = "The entry points, as paths on this server.")
    public record Links(
            @Schema(required = true, maxLength = 100, format = "uri-reference", description = "The delivery API's index (this document).",
                    examples = "/api/v1")
            String delivery,
            @Schema(required = true, maxLength = 100, format = "uri-reference", description = "The OpenAPI 3.1 contract of both APIs (YAML; add "
                    + "`?format=json` for JSON).", examples = "/q/openapi")
            String contract,
            @Schema(required = true, maxLength = 100, format = "uri-reference", description = "The contract as interactive documentation.",
                    examples = "/q/swagger-ui/")
            String documentation,
            @Schema(required = true, maxLength = 100, format = "uri-reference", description = "The publication, its editions and its logo.",
                    examples = "/api/v1/site")
            String site,
            @Schema(required = true, maxLength = 100, format = "uri-reference", description = "Published articles, newest first.", examples = "/api/v1/articles")
            String articles,
            @Schema(required = true, maxLength = 100, format = "uri-reference", description = "Topics, people, organisations, places and events.",
                    examples = "/api/v1/tags")
            String tags,
            @Schema(required = true, maxLength = 100, format = "uri-reference", description = "The management API's articles; needs an API key.",
                    examples = "/manage/v1/articles")
            String manageArticles) {
    }
}
