package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.masthead.testing.ManageApi;
import io.masthead.testing.RecordedStatements;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The delivery reads stay index-driven on PostgreSQL even when the planner has no statistics, as after a bulk
 * import on a server whose autovacuum has not run yet. The test loads tens of thousands of rows without ANALYZE,
 * records the SQL that real requests run, and EXPLAINs each statement both as the generic plan a prepared
 * statement settles on and as a custom plan: no sequential scan of a large table, no hash or merge join.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryPlansTest {
    private static final int ARTICLES = 20_000;
    private static final int MEDIA = 20_000;
    private static final int TAGS = 3_000;
    private static final Set<String> LARGE_TABLES = Set.of("article", "block", "media", "media_rendition",
            "article_tag", "tag", "tag_localization");
    private static final Pattern READS_CONTENT = Pattern.compile(
            "^select .* from (article|block|media|tag)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Rows of this run, so that other tests never see them and they can be removed again. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static boolean loaded;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RecordedStatements statements;
    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void loadWithoutAnalyze() throws SQLException {
        assumeTrue("postgresql".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class)),
                "query plans are PostgreSQL's: the production database. H2 plans differently; run with -Ppostgres");
        if (!loaded) {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                for (String insert : bulkLoad()) {
                    sql.execute(insert);
                }
            }
            loaded = true;
        }
    }

    /** Other tests list tags and articles; this run's tens of thousands of rows would only slow them down. */
    @AfterAll
    static void removeLoadedRows() throws SQLException {
        if (!loaded) {
            return;
        }
        try (Connection connection = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("delete from article where slug like 'plan-" + RUN + "-%'");
            sql.execute("delete from tag where slug like 'plan-tag-" + RUN + "-%'");
            sql.execute("delete from media where url like 'https://img.test/" + RUN + "/%'");
        }
    }

    @Test
    @Order(1)
    void shouldReadAnArticleWithItsBlocksMediaAndTagsThroughIndexes() throws SQLException {
        statements.start();
        given().queryParam("lang", "la")
                .when().get("/api/v1/articles/{slug}", slug(7))
                .then().statusCode(200)
                .body("blocks", hasSize(5))
                .body("blocks[1].media.id", equalTo(id("media", mediaOfBlock(7, 1)).toString()))
                .body("tags", hasSize(3));
        List<String> recorded = contentReads(statements.stop());

        assertTrue(recorded.size() >= 3, "the article, its blocks and its tags: " + recorded);
        assertIndexDriven(recorded);
    }

    @Test
    @Order(2)
    void shouldPageATagFeedThroughIndexes() throws SQLException {
        statements.start();
        given().queryParam("tag", tagSlug(1)).queryParam("limit", 5)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", hasSize(5));
        List<String> recorded = contentReads(statements.stop());

        assertTrue(recorded.size() >= 2, "the tag, the page and its tags: " + recorded);
        assertIndexDriven(recorded);
    }

    /** Last: its ANALYZE gives the planner the statistics that the tests before must do without. */
    @Test
    @Order(3)
    void shouldAnalyzeTheTablesAnImportFilled() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        String line = "{\"status\":\"published\",\"article\":{\"language\":\"la\",\"headline\":\"Analyzed " + RUN
                + "\",\"blocks\":[{\"type\":\"paragraph\",\"html\":\"Text\"}]}}\n";
        String job = ManageApi.asAdmin().contentType("application/x-ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .when().post("/manage/v1/import")
                .then().statusCode(202)
                .extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "completed".equals(ManageApi.asAdmin()
                .when().get("/manage/v1/import/{id}", job).then().extract().path("status")));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, OffsetDateTime> analyzed = lastAnalyzed();
            for (String table : List.of("article", "block", "media", "tag", "article_tag", "article_revision")) {
                assertTrue(analyzed.get(table) != null && analyzed.get(table).isAfter(before),
                        table + " was last analyzed at " + analyzed.get(table));
            }
        });
    }

    private Map<String, OffsetDateTime> lastAnalyzed() throws SQLException {
        Map<String, OffsetDateTime> analyzed = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select relname, last_analyze from pg_stat_user_tables")) {
            while (rows.next()) {
                analyzed.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class));
            }
        }
        return analyzed;
    }

    private static List<String> contentReads(List<String> recorded) {
        return recorded.stream().filter(sql -> READS_CONTENT.matcher(sql).matches()).toList();
    }

    private void assertIndexDriven(List<String> recorded) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (int i = 0; i < recorded.size(); i++) {
                String name = "plan_" + i;
                int parameters = prepare(sql, name, recorded.get(i));
                for (String mode : List.of("force_generic_plan", "force_custom_plan")) {
                    sql.execute("set plan_cache_mode = " + mode);
                    String arguments = mode.equals("force_generic_plan")
                            ? String.join(", ", Collections.nCopies(parameters, "null"))
                            : representativeArguments(sql, name);
                    JsonNode plan;
                    try (ResultSet explained = sql.executeQuery("explain (format json) execute " + name
                            + (parameters == 0 ? "" : "(" + arguments + ")"))) {
                        explained.next();
                        plan = readTree(explained.getString(1));
                    }
                    List<String> problems = new ArrayList<>();
                    findProblems(plan.get(0).get("Plan"), problems);
                    assertEquals(List.of(), problems, mode + " of\n" + recorded.get(i) + "\n" + plan.toPrettyString());
                }
                sql.execute("deallocate " + name);
            }
            sql.execute("reset plan_cache_mode");
        }
    }

    /** PREPAREs the statement with numbered parameters; PostgreSQL infers their types. */
    private static int prepare(Statement sql, String name, String statement) throws SQLException {
        Matcher placeholder = Pattern.compile("\\?").matcher(statement);
        StringBuilder numbered = new StringBuilder();
        int count = 0;
        while (placeholder.find()) {
            placeholder.appendReplacement(numbered, "\\$" + ++count);
        }
        placeholder.appendTail(numbered);
        sql.execute("prepare " + name + " as " + numbered);
        return count;
    }

    /**
     * Values of the inferred types. Without statistics every value of a column is estimated alike, so these plan
     * like the real ones; the status parameter must be 'published' for the partial feed indexes to apply.
     */
    private static String representativeArguments(Statement sql, String name) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet types = sql.executeQuery(
                "select parameter_types::text[] from pg_prepared_statements where name = '" + name + "'")) {
            types.next();
            Array array = types.getArray(1);
            for (Object type : (Object[]) array.getArray()) {
                values.add(switch (type.toString()) {
                    case "uuid" -> "'" + id("article", 7) + "'";
                    case "uuid[]" -> "array['" + id("article", 7) + "'::uuid]";
                    case "timestamp with time zone", "timestamp without time zone" -> "now()";
                    case "integer", "bigint", "smallint" -> "21";
                    default -> "'published'";
                });
            }
        }
        return String.join(", ", values);
    }

    private static void findProblems(JsonNode node, List<String> problems) {
        String type = node.path("Node Type").asText();
        String relation = node.path("Relation Name").asText();
        if (type.equals("Seq Scan") && LARGE_TABLES.contains(relation)) {
            problems.add("Seq Scan on " + relation);
        }
        if (type.equals("Hash Join") || type.equals("Merge Join")) {
            problems.add(type);
        }
        for (JsonNode child : node.path("Plans")) {
            findProblems(child, problems);
        }
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String slug(int n) {
        return "plan-" + RUN + "-" + n;
    }

    private static String tagSlug(int n) {
        return "plan-tag-" + RUN + "-" + n;
    }

    /** The id the bulk load gives row {@code n} of a kind: PostgreSQL's md5(...)::uuid. */
    private static UUID id(String kind, int n) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((RUN + kind + n).getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int mediaOfBlock(int article, int position) {
        return (article * 7 + position) % MEDIA + 1;
    }

    private static List<String> bulkLoad() {
        String uuid = "md5('" + RUN + "%s' || g)::uuid";
        return List.of(
                ("insert into media (id, kind, url, mime_type, width, height, alt_text, created_at, updated_at,"
                        + " version) select " + uuid + ", 'image', 'https://img.test/" + RUN + "/' || g || '.jpg',"
                        + " 'image/jpeg', 1600, 900, 'Alt', now(), now(), 0 from generate_series(1, %d) g")
                        .formatted("media", MEDIA),
                ("insert into media_rendition (media_id, name, url, width, height, mime_type) select " + uuid
                        + ", 'w640', 'https://img.test/" + RUN + "/' || g || '-640.jpg', 640, 360, 'image/jpeg'"
                        + " from generate_series(1, %d) g").formatted("media", MEDIA),
                ("insert into tag (id, slug, type, created_at, updated_at, version) select " + uuid
                        + ", 'plan-tag-" + RUN + "-' || g, 'topic', now(), now(), 0 from generate_series(1, %d) g")
                        .formatted("tag", TAGS),
                ("insert into tag_localization (tag_id, language, name) select " + uuid + ", l, 'Tag ' || g"
                        + " from generate_series(1, %d) g, (values ('la'), ('de')) languages(l)")
                        .formatted("tag", TAGS),
                ("insert into article (id, slug, language, translation_group_id, headline, hero_media_id, status,"
                        + " first_published_at, first_published_at_offset, published_at, published_at_offset,"
                        + " created_at, created_at_offset, updated_at, updated_at_offset, word_count,"
                        + " reading_time_minutes, version) select " + uuid + ", 'plan-" + RUN + "-' || g, 'la', "
                        + uuid + ", 'Article ' || g, " + uuid.formatted("media") + ", 'published',"
                        + " timestamptz '2020-01-01' + g * interval '1 minute', 0,"
                        + " timestamptz '2020-01-01' + g * interval '1 minute', 0, timestamptz '2020-01-01', 0,"
                        + " timestamptz '2020-01-01', 0, 100, 1, 1 from generate_series(1, %d) g")
                        .formatted("article", "article", ARTICLES),
                ("insert into block (id, article_id, position, type, html, text, media_id) select"
                        + " md5('" + RUN + "block' || g || '-' || p)::uuid, " + uuid + ", p,"
                        + " case when p in (1, 3) then 'image' else 'paragraph' end,"
                        + " case when p in (1, 3) then null else 'Text ' || g end,"
                        + " case when p in (1, 3) then null else 'Text ' || g end,"
                        + " case when p in (1, 3) then md5('" + RUN + "media' || ((g * 7 + p) %% " + MEDIA
                        + " + 1))::uuid end"
                        + " from generate_series(1, %d) g, generate_series(0, 4) p").formatted("article", ARTICLES),
                ("insert into article_tag (article_id, tag_id, position) select " + uuid + ", md5('" + RUN
                        + "tag' || ((g + k * 1000) %% " + TAGS + " + 1))::uuid, k"
                        + " from generate_series(1, %d) g, generate_series(0, 2) k").formatted("article", ARTICLES));
    }
}
