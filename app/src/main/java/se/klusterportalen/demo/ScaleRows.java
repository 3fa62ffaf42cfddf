package se.klusterportalen.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The rows of one table the scale data set writes, sent to PostgreSQL as one {@code INSERT … SELECT … FROM unnest(…)}
 * per {@value #CHUNK} rows: each column travels as one text array and is cast to its type in the statement. Row-level
 * security applies as to any insert (COPY would not be allowed on these tables), and Hibernate is not involved.
 */
final class ScaleRows {

    private static final int CHUNK = 20_000;

    private final String table;
    private final List<String> columns = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<@Nullable String[]> rows = new ArrayList<>();

    /** A table and its columns as {@code "name type"} pairs, e.g. {@code "id uuid", "year int"}. */
    ScaleRows(String table, String... columnsWithTypes) {
        this.table = table;
        for (String column : columnsWithTypes) {
            String[] parts = column.split(" ");
            columns.add(parts[0]);
            types.add(parts[1]);
        }
    }

    String table() {
        return table;
    }

    /** One row, the values in the order of the columns; null stays NULL, anything else is written as its text. */
    void add(@Nullable Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        String[] row = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            row[i] = values[i] == null ? null
                    : values[i] instanceof BigDecimal decimal ? decimal.toPlainString() : values[i].toString();
        }
        rows.add(row);
    }

    int size() {
        return rows.size();
    }

    /** Inserts the rows in the caller's transaction; returns how many. */
    int insert(JdbcTemplate jdbc) {
        var names = String.join(", ", columns);
        var select = new StringJoiner(", ");
        var arrays = new StringJoiner(", ");
        for (int i = 0; i < columns.size(); i++) {
            select.add(columns.get(i) + "::" + types.get(i));
            arrays.add("?::text[]");
        }
        String sql = "INSERT INTO " + table + " (" + names + ") SELECT " + select + " FROM unnest(" + arrays + ") AS u("
                + names + ")";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (var statement = connection.prepareStatement(sql)) {
                    for (int column = 0; column < columns.size(); column++) {
                        String[] values = new String[chunk.size()];
                        for (int row = 0; row < chunk.size(); row++) {
                            values[row] = chunk.get(row)[column];
                        }
                        Array array = connection.createArrayOf("text", values);
                        statement.setArray(column + 1, array);
                    }
                    statement.executeUpdate();
                }
                return null;
            });
        }
        return rows.size();
    }
}
