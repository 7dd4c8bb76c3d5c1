package io.masthead.search;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The pieces a search adds to the SQL of the article list, which aliases the article {@code a}. The list query
 * selects a page of ids under the alias {@code page}, then joins {@code article sa} and {@code article_search ss}
 * for the text of the snippets of that page only.
 *
 * @param with        common table expressions, starting with {@code with}, or empty
 * @param join        joins after {@code from article a}; {@code article_search} is {@code s}
 * @param match       the predicate that an article matches
 * @param rank        the relevance of a matching article, a double precision
 * @param carried     extra columns of the page that {@code snippet} needs, each starting with a comma, or empty
 * @param snippetJoin joins after {@code sa} and {@code ss} that {@code snippet} needs, or empty
 * @param snippet     the snippet of a page row
 * @param parameters  the values of the named parameters of {@code with}, {@code join}, {@code match} and {@code rank}
 * @param snippetParameters the values of the named parameters of {@code snippetJoin} and {@code snippet}
 * @param finish      turns the selected snippet into the one served
 */
public record SearchSql(String with, String join, String match, String rank, String carried, String snippetJoin,
                        String snippet, Map<String, Object> parameters, Map<String, Object> snippetParameters,
                        UnaryOperator<String> finish) {
}
