package io.masthead.search;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The search of the embedded H2 database, which has no full-text search of the kind PostgreSQL has: every word or
 * phrase is a case-insensitive substring of the headline, the standfirst or the body, with the same syntax
 * (phrases, exclusions, OR). No stemming, no typos, no tags; a word finds the compounds it is part of. The rank
 * adds, for every wanted word or phrase, 1.0 when the headline has it, 0.4 for the standfirst and 0.2 for the
 * body: the weights of the full-text search.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class BasicSearch implements SearchBackend {
    private static final String INDEX = "merge into article_search (article_id, body) key (article_id)"
            + " values (:id, :body)";
    private static final List<Field> FIELDS = List.of(new Field("lower(a.headline)", "1.0"),
            new Field("lower(coalesce(a.standfirst, ''))", "0.4"), new Field("lower(s.body)", "0.2"));

    private record Field(String column, String weight) {
    }

    private final EntityManager entityManager;

    BasicSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public SearchMode mode() {
        return SearchMode.BASIC;
    }

    @Override
    public void index(UUID articleId, String body, boolean collectWords) {
        entityManager.createNativeQuery(INDEX).setParameter("id", articleId).setParameter("body", body)
                .executeUpdate();
    }

    /** Nothing to do: the basic search has no vocabulary; a substring already finds compounds. */
    @Override
    public void collectWords(UUID articleId) {
    }

    /** Nothing to do: the basic search does not match tag names, and the body text does not change. */
    @Override
    public void reindex(Collection<UUID> articleIds) {
    }

    /** Nothing to do: the basic search does not match tag names. */
    @Override
    public void reindexCarrying(UUID tagId) {
    }

    /** {@code language} needs no handling here: the list filters by it, and substrings know no language. */
    @Override
    public SearchSql prepare(SearchText text, String language) {
        Map<String, Object> parameters = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        List<String> ranks = new ArrayList<>();
        for (List<SearchText.Item> items : text.alternatives()) {
            List<String> conditions = new ArrayList<>();
            for (SearchText.Item item : items) {
                String name = names.computeIfAbsent(item.text(), key -> {
                    String parameter = "pattern" + names.size();
                    parameters.put(parameter, "%" + escapeLike(key) + "%");
                    return ":" + parameter;
                });
                List<String> found = FIELDS.stream().map(field -> field.column() + " like " + name + " escape '\\'")
                        .toList();
                conditions.add((item.excluded() ? "not " : "") + "(" + String.join(" or ", found) + ")");
                if (!item.excluded()) {
                    for (int f = 0; f < FIELDS.size(); f++) {
                        ranks.add("case when " + found.get(f) + " then " + FIELDS.get(f).weight() + " else 0 end");
                    }
                }
            }
            alternatives.add("(" + String.join(" and ", conditions) + ")");
        }
        List<String> wanted = text.wanted();
        return new SearchSql("", " join article_search s on s.article_id = a.id",
                "(" + String.join(" or ", alternatives) + ")",
                "cast(" + String.join(" + ", ranks) + " as double precision)", "", "",
                "concat_ws(chr(10), sa.standfirst, ss.body)", parameters, Map.of(),
                body -> Snippets.bounded(Snippets.around(body, wanted)));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
