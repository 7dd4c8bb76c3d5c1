package io.masthead.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL written with named parameters ({@code :now}), as the shared predicates ({@code PublishedNow},
 * {@code DocumentStamps}) and the list query write them for Hibernate, turned into JDBC's positional form, so that
 * a plain JDBC read uses the same definitions instead of a copy. As in Hibernate, a collection value stands for a
 * list of values ({@code in (:tags)}).
 */
public final class NamedSql {
    /** A quoted literal (skipped as a whole), a {@code ::} cast (kept), or a parameter. */
    private static final Pattern TOKEN = Pattern.compile("'(?:[^']|'')*'|::|:([A-Za-z][A-Za-z0-9_]*)");

    /** The text around the parameters: one more piece than there are parameters. */
    private final List<String> pieces;
    private final List<String> names;
    private final String jdbc;

    private NamedSql(List<String> pieces, List<String> names) {
        this.pieces = List.copyOf(pieces);
        this.names = List.copyOf(names);
        this.jdbc = String.join("?", pieces);
    }

    public static NamedSql of(String sql) {
        Matcher matcher = TOKEN.matcher(sql);
        List<String> pieces = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(piece, Matcher.quoteReplacement(name == null ? matcher.group() : ""));
            if (name != null) {
                names.add(name);
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        matcher.appendTail(piece);
        pieces.add(piece.toString());
        return new NamedSql(pieces, names);
    }

    /** The statement with one {@code ?} per parameter. */
    public String jdbc() {
        return jdbc;
    }

    /** The parameters in the order of their {@code ?}, repeated where the SQL repeats them. */
    public List<String> names() {
        return names;
    }

    /**
     * The statement for these values: a collection stands for one {@code ?} per element, and an empty one for
     * {@code null}, which matches nothing in {@code in (...)}.
     */
    public String jdbc(Map<String, ?> values) {
        if (names.stream().noneMatch(name -> values.get(name) instanceof Collection)) {
            return jdbc;
        }
        StringBuilder sql = new StringBuilder(pieces.get(0));
        for (int i = 0; i < names.size(); i++) {
            if (values.get(names.get(i)) instanceof Collection<?> many) {
                sql.append(many.isEmpty() ? "null" : String.join(", ", Collections.nCopies(many.size(), "?")));
            } else {
                sql.append('?');
            }
            sql.append(pieces.get(i + 1));
        }
        return sql.toString();
    }

    /** The statement with every parameter bound from {@code values}, which must name each of them. */
    PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        for (String name : names) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for parameter :" + name);
            }
        }
        PreparedStatement statement = connection.prepareStatement(jdbc(values));
        try {
            int position = 0;
            for (String name : names) {
                Object value = values.get(name);
                if (value instanceof Collection<?> many) {
                    for (Object element : many) {
                        statement.setObject(++position, jdbcValue(element));
                    }
                } else {
                    statement.setObject(++position, jdbcValue(value));
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** An instant as the timestamp with time zone that both drivers accept; JDBC has no mapping for Instant. */
    private static Object jdbcValue(Object value) {
        return value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }
}
