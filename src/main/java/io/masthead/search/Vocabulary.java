package io.masthead.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of published text (table search_word, PostgreSQL only) and what a query word expands to: the words
 * that contain it (German compounds and inflected forms: "bündnis" in "sicherheitsbündnis" and "bündnisse") and
 * the words one typo away from it ("atomwafen" to "atomwaffen"). Both lookups use the trigram index, and both
 * take the closest few only, so one lookup stays cheap whatever the size of the vocabulary.
 */
@ApplicationScoped
class Vocabulary {
    static final int MAX_WORDS = 20;

    private final EntityManager entityManager;

    Vocabulary(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The expansions of each term that has any, in the order of {@code terms}: one statement for all of them.
     * Terms are lower-case letters only (see {@link SearchText#expandable()}), so they need no escaping in LIKE;
     * words are taken only when they are letters only too, so that they can be quoted in a tsquery as they are.
     */
    Map<String, List<String>> expansions(List<String> terms) {
        if (terms.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder("select term, word from (");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(i == 0 ? "" : " union all ")
                    .append("(select ").append(i).append(" as term, w.word from search_word w")
                    .append(" where w.word like :contains").append(i).append(" and w.word <> :term").append(i)
                    .append(" order by length(w.word), w.word limit ").append(MAX_WORDS).append(")");
            if (terms.get(i).length() >= SearchText.MIN_TYPO_LENGTH) {
                sql.append(" union all (select ").append(i).append(", w.word from search_word w")
                        .append(" where w.word % :term").append(i).append(" and w.word not like :contains").append(i)
                        .append(" and length(w.word) between :shortest").append(i).append(" and :longest").append(i)
                        .append(" order by similarity(w.word, :term").append(i).append(") desc, w.word limit ")
                        .append(MAX_WORDS).append(")");
            }
        }
        Query query = entityManager.createNativeQuery(sql.append(") expansion").toString());
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            query.setParameter("term" + i, term).setParameter("contains" + i, "%" + term + "%");
            if (term.length() >= SearchText.MIN_TYPO_LENGTH) {
                int length = term.codePointCount(0, term.length());
                query.setParameter("shortest" + i, length - 1).setParameter("longest" + i, length + 1);
            }
        }
        Map<String, List<String>> expansions = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            String term = terms.get(((Number) columns[0]).intValue());
            String word = (String) columns[1];
            boolean letters = word.codePoints().allMatch(Character::isLetter);
            if (letters && (word.contains(term) || Typos.oneApart(term, word))) {
                expansions.computeIfAbsent(term, key -> new ArrayList<>()).add(word);
            }
        }
        return expansions;
    }
}
