package io.masthead.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL written with named parameters ({@code :now}), as the shared predicates ({@code PublishedNow},
 * {@code DocumentStamps}) write them for Hibernate, turned into JDBC's positional form, so that a plain JDBC read
 * uses the same definitions instead of a copy.
 */
public record NamedSql(String jdbc, List<String> names) {
    /** A quoted literal (skipped as a whole), a {@code ::} cast (kept), or a parameter. */
    private static final Pattern TOKEN = Pattern.compile("'(?:[^']|'')*'|::|:([A-Za-z][A-Za-z0-9_]*)");

    public NamedSql {
        names = List.copyOf(names);
    }

    public static NamedSql of(String sql) {
        Matcher matcher = TOKEN.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (name != null) {
                names.add(name);
            }
            matcher.appendReplacement(jdbc, Matcher.quoteReplacement(name == null ? matcher.group() : "?"));
        }
        matcher.appendTail(jdbc);
        return new NamedSql(jdbc.toString(), names);
    }

    /** The statement with every parameter bound from {@code values}, which must name each of them. */
    PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(jdbc);
        try {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("no value for parameter :" + name);
                }
                statement.setObject(i + 1, values.get(name));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
