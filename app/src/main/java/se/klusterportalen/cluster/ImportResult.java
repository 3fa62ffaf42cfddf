package se.klusterportalen.cluster;

import se.klusterportalen.spreadsheet.ImportProblem;

import se.klusterportalen.spreadsheet.Spreadsheets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What importing a file does, row by row, or why it cannot be imported. Rows are numbered as in the spreadsheet
 * (the header is row 1); a problem with the file as a whole has row 0.
 */
public record ImportResult(ImportKind kind, List<Line> lines, List<ImportProblem> problems,
                           Optional<Spreadsheets.Source> source, List<String> ignoredColumns) {

    public enum Action {
        CREATE, CHANGE, UNCHANGED
    }

    /**
     * @param changedColumns the columns whose values change (for CHANGE)
     * @param values         each column of the file (by its header) with the value as it will be saved, read and
     *                       normalised ("559900–1236" → "559900-1236", "Skåne" → "Skåne län"); empty when not set
     */
    public record Line(int row, String subject, Action action, List<String> changedColumns,
                       Map<String, String> values) {
        public Line {
            changedColumns = List.copyOf(changedColumns);
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public Line(int row, String subject, Action action, List<String> changedColumns) {
            this(row, subject, action, changedColumns, Map.of());
        }
    }

    /**
     * @param source         how the file was read (.csv: encoding and separator); empty when it could not be read
     * @param ignoredColumns the file's headers that were left out because the caller named them read-only (the
     *                       portfolio export's computed columns, such as members or phase), as written in the file
     */
    public ImportResult {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public ImportResult(ImportKind kind, List<Line> lines, List<ImportProblem> problems,
                        Optional<Spreadsheets.Source> source) {
        this(kind, lines, problems, source, List.of());
    }

    public ImportResult(ImportKind kind, List<Line> lines, List<ImportProblem> problems) {
        this(kind, lines, problems, Optional.empty());
    }

    /** Whether the file has problems, so that nothing of it is (or was) imported. */
    public boolean refused() {
        return !problems.isEmpty();
    }

    public long count(Action action) {
        return lines.stream().filter(line -> line.action() == action).count();
    }
}
