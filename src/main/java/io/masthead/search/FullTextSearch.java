package io.masthead.search;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * PostgreSQL full-text search. Each article has a tsvector in its language's configuration (migration V8.1 defines
 * the weights and the language mapping); a query is parsed with websearch_to_tsquery in that configuration, and
 * each plain word of it is widened, with ts_rewrite, to the vocabulary words that contain it or are one typo away.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class FullTextSearch implements SearchBackend {
    private static final String INDEX = "insert into article_search (article_id, body, config, document)"
            + " select a.id, :body, c.config, article_search_document(a.id, :body, c.config)"
            + " from article a cross join lateral (select search_config(a.language) as config) c where a.id = :id"
            + " on conflict (article_id) do update"
            + " set body = excluded.body, config = excluded.config, document = excluded.document";
    /** In word order, so that two writers adding the same new words wait for each other instead of deadlocking. */
    private static final String COLLECT_WORDS = "insert into search_word (word)"
            + " select w.word from article_search_words(:id) as w (word) order by w.word on conflict do nothing";
    private static final String REINDEX = "update article_search"
            + " set document = article_search_document(article_id, body, config)";
    /** Keeps every IN list far below the bind-parameter limit. */
    private static final int CHUNK = 500;
    /**
     * The configurations to search in without a language: those of the languages of published articles, found
     * with one index probe per language (a loose index scan) instead of a scan of every article.
     */
    private static final String EVERY_LANGUAGE = "recursive search_languages (language) as ("
            + "select min(language) from article where status = 'published'"
            + " union all select (select min(x.language) from article x"
            + " where x.status = 'published' and x.language > l.language)"
            + " from search_languages l where l.language is not null),"
            + " search_configs (cfg) as (select distinct search_config(language) from search_languages"
            + " where language is not null)";
    private static final String ONE_LANGUAGE = "search_configs (cfg) as (select search_config(:searchLanguage))";
    /**
     * The snippet's text: the standfirst and body, and where the first of the probes (the wanted words and their
     * expansions, lower-case) occurs in it.
     */
    private static final String SNIPPET_TEXT = " cross join lateral (select concat_ws(chr(10), sa.standfirst, ss.body)"
            + " as text) snippet_text cross join lateral (select lower(snippet_text.text) as text) lowered"
            + " cross join lateral (select min(nullif(strpos(lowered.text, probe), 0)) as at from (values %s)"
            + " as probes (probe)) first_match";
    /**
     * ts_headline parses and stems all the text it is given, which made it the largest cost of a search. It is given
     * about 960 characters from shortly before the first probe found, cut at whole words; the whole text only when
     * no probe occurs literally (an inflection that changes the word's start, such as Verbündeter for Verbündete).
     */
    private static final String SNIPPET_WINDOW = "case when first_match.at is null then snippet_text.text"
            + " else regexp_replace(regexp_replace(substr(snippet_text.text, greatest(1, first_match.at - 240), 960),"
            + " case when first_match.at > 241 then '^\\S*\\s+' else '^' end, ''),"
            + " case when greatest(1, first_match.at - 240) + 959 < length(snippet_text.text) then '\\s+\\S*$'"
            + " else '$' end, '') end";
    /** At most this many probes: the first wanted words and expansions are enough to place the window. */
    private static final int MAX_PROBES = 16;
    /** Two passages of 12 to 30 words around the matches; without a match, the first words of the text. */
    private static final String HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30,"
            + " MinWords=12, FragmentDelimiter=\"" + Snippets.ELLIPSIS + "\"";

    private final EntityManager entityManager;
    private final Vocabulary vocabulary;

    FullTextSearch(EntityManager entityManager, Vocabulary vocabulary) {
        this.entityManager = entityManager;
        this.vocabulary = vocabulary;
    }

    @Override
    public SearchMode mode() {
        return SearchMode.FULL_TEXT;
    }

    @Override
    public void index(UUID articleId, String body, boolean collectWords) {
        entityManager.createNativeQuery(INDEX).setParameter("id", articleId).setParameter("body", body)
                .executeUpdate();
        if (collectWords) {
            collectWords(articleId);
        }
    }

    @Override
    public void collectWords(UUID articleId) {
        entityManager.createNativeQuery(COLLECT_WORDS).setParameter("id", articleId).executeUpdate();
    }

    @Override
    public void reindex(Collection<UUID> articleIds) {
        List<UUID> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            entityManager.createNativeQuery(REINDEX + " where article_id in (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(from + CHUNK, ids.size())))
                    .executeUpdate();
        }
    }

    @Override
    public void reindexCarrying(UUID tagId) {
        entityManager.createNativeQuery(REINDEX
                        + " where article_id in (select t.article_id from article_tag t where t.tag_id = :tag)")
                .setParameter("tag", tagId)
                .executeUpdate();
    }

    /**
     * The queries are parsed once per configuration ({@code materialized}): inlined, PostgreSQL would parse them again
     * for every matching row it ranks. Each configuration's query then probes the GIN index once.
     * <p>
     * Ranks with ts_rank's default weights (A 1.0, B 0.4, C 0.2), once for the widened query and once more for the
     * query as typed, so that an article with the words themselves ranks above one with only their compounds or
     * near-misses.
     */
    @Override
    public SearchSql prepare(SearchText text, String language) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("q", text.raw());
        if (language != null) {
            parameters.put("searchLanguage", language);
        }
        Map<String, List<String>> expansions = vocabulary.expansions(text.expandable());
        String widened = "websearch_to_tsquery(cfg, :q)";
        int i = 0;
        for (Map.Entry<String, List<String>> expansion : expansions.entrySet()) {
            String term = ":term" + i;
            widened = "ts_rewrite(" + widened + ", plainto_tsquery(cfg, " + term + "), plainto_tsquery(cfg, " + term
                    + ") || to_tsquery(cfg, :words" + i + "))";
            parameters.put("term" + i, expansion.getKey());
            parameters.put("words" + i, expansion.getValue().stream().map(word -> "'" + word + "'")
                    .collect(Collectors.joining(" | ")));
            i++;
        }
        String with = "with " + (language == null ? EVERY_LANGUAGE : ONE_LANGUAGE)
                + ", search_queries (cfg, exact, query) as materialized (select cfg, websearch_to_tsquery(cfg, :q), "
                + widened + " from search_configs)";
        List<String> probes = probes(text, expansions);
        Map<String, Object> snippetParameters = new HashMap<>();
        for (int p = 0; p < probes.size(); p++) {
            snippetParameters.put("probe" + p, probes.get(p));
        }
        String values = IntStream.range(0, probes.size()).mapToObj(p -> "(:probe" + p + ")")
                .collect(Collectors.joining(", "));
        return new SearchSql(with,
                " join article_search s on s.article_id = a.id join search_queries q on q.cfg = s.config",
                "s.document @@ q.query",
                "cast(ts_rank(s.document, q.query) + ts_rank(s.document, q.exact) as double precision)",
                ", q.cfg as search_cfg, q.query as search_query",
                String.format(SNIPPET_TEXT, values),
                "ts_headline(page.search_cfg, " + Snippets.escapeSql(SNIPPET_WINDOW) + ", page.search_query, '"
                        + HEADLINE_OPTIONS + "')",
                parameters, snippetParameters, Snippets::bounded);
    }

    private static List<String> probes(SearchText text, Map<String, List<String>> expansions) {
        Set<String> probes = new LinkedHashSet<>(text.wanted());
        expansions.values().forEach(probes::addAll);
        return probes.stream().limit(MAX_PROBES).toList();
    }
}
