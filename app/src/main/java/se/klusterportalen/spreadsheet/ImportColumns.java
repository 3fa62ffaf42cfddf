package se.klusterportalen.spreadsheet;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.text.PlainText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every import shares: finding its columns in a file's header row, reading cells, writing its template. */
public final class ImportColumns {

    public static final int MAX_ROWS = 10_000;

    private ImportColumns() {
    }

    /**
     * The file's rows; empty, with the reason added to {@code problems} as a problem of row 0, when the file cannot
     * be read or has more than {@link #MAX_ROWS} data rows, or with every cell that holds no usable value (an Excel
     * error, a formula that cannot be evaluated) added as a problem of its row and column.
     */
    public static Optional<Spreadsheets.Table> read(@Nullable String fileName, byte[] content,
                                                    List<ImportProblem> problems) {
        try {
            Spreadsheets.Table table = Spreadsheets.read(fileName, content);
            if (table.rows().size() > MAX_ROWS) {
                problems.add(new ImportProblem(0, "", "spreadsheet.error.too-many-rows",
                        Integer.toString(table.rows().size())));
                return Optional.empty();
            }
            if (!table.faults().isEmpty()) {
                table.faults().forEach(fault -> problems.add(new ImportProblem(fault.row(),
                        table.columnName(fault.column()), fault.reasonKey(), fault.value())));
                return Optional.empty();
            }
            return Optional.of(table);
        } catch (Spreadsheets.UnreadableException e) {
            problems.add(new ImportProblem(0, "", e.getMessage(), fileName == null ? "" : fileName));
            return Optional.empty();
        }
    }

    /**
     * The index of each known column in {@code headers}. Unknown, repeated and missing required columns are added to
     * {@code problems} as problems of row 1.
     */
    public static <C extends ImportColumn> Map<C, Integer> locate(List<String> headers, List<C> columns,
                                                                  List<ImportProblem> problems) {
        var found = new LinkedHashMap<C, Integer>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            String key = PlainText.key(header);
            Optional<C> column = columns.stream().filter(c -> PlainText.key(c.header()).equals(key)
                    || PlainText.key(c.field()).equals(key)).findFirst();
            if (column.isEmpty()) {
                problems.add(new ImportProblem(1, header, "spreadsheet.error.unknown-column", header));
            } else if (found.putIfAbsent(column.get(), i) != null) {
                problems.add(new ImportProblem(1, header, "spreadsheet.error.duplicate-column", header));
            }
        }
        for (C column : columns) {
            if (column.required() && !found.containsKey(column)) {
                problems.add(new ImportProblem(1, column.header(), "spreadsheet.error.missing-column", ""));
            }
        }
        return found;
    }

    /** The normalised text of the cell at {@code index} ({@link PlainText#line}); empty when it is missing. */
    public static String cell(List<String> cells, @Nullable Integer index) {
        return index == null || index >= cells.size() ? "" : PlainText.line(cells.get(index));
    }

    /**
     * A template workbook: the import's sheet with the column headers and the given rows, and a sheet "Kolumner"
     * that describes each column.
     */
    public static byte[] template(String sheetName, List<? extends ImportColumn> columns, List<List<String>> rows) {
        List<String> headers = columns.stream().map(ImportColumn::header).toList();
        List<List<String>> documentation = columns.stream()
                .map(c -> List.of(c.header(), c.required() ? "ja" : "nej", c.format(), c.example())).toList();
        return Spreadsheets.workbook(List.of(
                new Spreadsheets.SheetContent(sheetName, headers, rows),
                new Spreadsheets.SheetContent("Kolumner", List.of("Kolumn", "Obligatorisk", "Format", "Exempel"),
                        documentation)));
    }

    /** The example row of a template: each column's example value. */
    public static List<String> examples(List<? extends ImportColumn> columns) {
        return columns.stream().map(ImportColumn::example).toList();
    }
}
