package se.klusterportalen.cluster;

import se.klusterportalen.spreadsheet.ImportProblem;

import java.util.List;

/**
 * What importing a file does, row by row, or why it cannot be imported. Rows are numbered as in the spreadsheet
 * (the header is row 1); a problem with the file as a whole has row 0.
 */
public record ImportResult(ImportKind kind, List<Line> lines, List<ImportProblem> problems) {

    public enum Action {
        CREATE, CHANGE, UNCHANGED
    }

    /** @param changedColumns the columns whose values change (for CHANGE) */
    public record Line(int row, String subject, Action action, List<String> changedColumns) {
        public Line {
            changedColumns = List.copyOf(changedColumns);
        }
    }

    public ImportResult {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public long count(Action action) {
        return lines.stream().filter(line -> line.action() == action).count();
    }
}
