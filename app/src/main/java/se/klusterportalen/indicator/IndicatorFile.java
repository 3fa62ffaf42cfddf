package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.spreadsheet.Spreadsheets;

import se.klusterportalen.text.PlainText;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the block format of a follow-up report: per network a header line {@code Indikatorer <who>: <network>}
 * followed by the measurement dates and optionally {@code Differens}, then one line per indicator with its name, a
 * value per date and the reported difference. Tab-separated text (.tsv or a raw body) split at tabs; .txt, .csv and
 * .xlsx through the shared spreadsheet reader. Pure: values are recognised, nothing is
 * matched or saved.
 */
final class IndicatorFile {

    static final int MAX_LINES = 10_000;
    static final int MAX_TEXT = 200;
    static final int MAX_NAME = 300;
    private static final Pattern HEADER = Pattern.compile("(?i)indikatorer\\b.*");
    private static final Pattern DIFFERENCE = Pattern.compile("(?i)differens|difference|diff\\.?|förändring");

    record Cell(int column, IndicatorValue value) {
    }

    record Row(int line, String writtenName, String name, List<Cell> values, @Nullable Cell difference) {
    }

    record Block(int line, String network, List<LocalDate> dates, boolean hasDifference, List<Row> rows) {
    }

    record Parsed(List<Block> blocks, List<IndicatorImportError> errors) {
    }

    private IndicatorFile() {
    }

    /**
     * The file's lines as cells (index 0 = line 1), read by the shared reader: .xlsx by its content, anything else
     * as delimited text (tab, semicolon or comma; UTF-8, UTF-16 or Windows-1252). Empty with an error of line 0
     * when it cannot be read; a cell without a usable value (an Excel error, a formula without a result) is an
     * error at its line and column.
     */
    static List<List<String>> lines(String fileName, byte[] content, List<IndicatorImportError> errors) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".xlsx") || name.endsWith(".csv") || name.endsWith(".txt"))) {
            return tabSeparated(fileName, content, errors);
        }
        try {
            Spreadsheets.Table table = Spreadsheets.read(fileName, content);
            table.faults().forEach(fault -> errors.add(new IndicatorImportError(fault.row(), fault.column() + 1,
                    fault.value(), fault.reasonKey())));
            var lines = new ArrayList<List<String>>();
            lines.add(table.headers());
            lines.addAll(table.rows());
            return lines;
        } catch (Spreadsheets.UnreadableException e) {
            errors.add(new IndicatorImportError(0, 0, fileName, e.getMessage()));
            return List.of();
        }
    }

    /**
     * Tab-separated text as such (.tsv, or the REST API's raw body): always split at tabs, whatever the first line
     * holds (the shared reader guesses the separator from the first line). UTF-8, else Windows-1252.
     */
    private static List<List<String>> tabSeparated(String fileName, byte[] content, List<IndicatorImportError> errors) {
        if (content.length == 0 || content.length > Spreadsheets.MAX_BYTES) {
            errors.add(new IndicatorImportError(0, 0, fileName,
                    content.length == 0 ? "spreadsheet.error.empty-file" : "spreadsheet.error.too-large"));
            return List.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(content, Charset.forName("windows-1252"));
        }
        if (text.indexOf('\0') >= 0) {
            errors.add(new IndicatorImportError(0, 0, fileName, "spreadsheet.error.file-type"));
            return List.of();
        }
        var lines = new ArrayList<List<String>>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            lines.add(Arrays.stream(line.split("\t", -1)).map(PlainText::line).toList());
        }
        return lines;
    }

    static Parsed read(List<List<String>> lines) {
        var errors = new ArrayList<IndicatorImportError>();
        var blocks = new ArrayList<Block>();
        if (lines.size() > MAX_LINES) {
            errors.add(new IndicatorImportError(0, 0, Integer.toString(lines.size()), "indicator.import.error.too-many-lines"));
            return new Parsed(blocks, errors);
        }
        Header header = null;
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            int line = index + 1;
            List<String> cells = lines.get(index);
            if (cells.stream().allMatch(c -> c == null || ValueParser.normalise(c).isEmpty())) {
                continue;
            }
            String first = ValueParser.normalise(cell(cells, 0));
            if (HEADER.matcher(first).matches()) {
                if (header != null) {
                    blocks.add(header.block(rows));
                }
                header = header(line, cells, errors);
                rows = new ArrayList<>();
            } else if (header == null) {
                errors.add(new IndicatorImportError(line, 1, first, "indicator.import.error.no-header"));
            } else {
                Row row = row(line, cells, header, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        if (header != null) {
            blocks.add(header.block(rows));
        }
        if (blocks.isEmpty() && errors.isEmpty()) {
            errors.add(new IndicatorImportError(0, 0, "", "indicator.import.error.no-blocks"));
        }
        return new Parsed(blocks, errors);
    }

    private record Header(int line, String network, List<LocalDate> dates, List<Integer> dateColumns,
                          int differenceColumn) {
        Block block(List<Row> rows) {
            return new Block(line, network, dates, differenceColumn >= 0, List.copyOf(rows));
        }

        int lastColumn() {
            return Math.max(differenceColumn, dateColumns.isEmpty() ? 0 : dateColumns.getLast());
        }
    }

    private static Header header(int line, List<String> cells, List<IndicatorImportError> errors) {
        String first = ValueParser.normalise(cell(cells, 0));
        int colon = first.indexOf(':');
        String network = colon < 0 ? "" : IndicatorNames.clean(first.substring(colon + 1));
        if (network.isEmpty()) {
            errors.add(new IndicatorImportError(line, 1, first, "indicator.import.error.no-network"));
        } else if (network.length() > MAX_TEXT) {
            errors.add(new IndicatorImportError(line, 1, first, "indicator.import.error.too-long"));
        }
        var dates = new ArrayList<LocalDate>();
        var dateColumns = new ArrayList<Integer>();
        int difference = -1;
        for (int c = 1; c < cells.size(); c++) {
            String text = ValueParser.normalise(cell(cells, c));
            if (text.isEmpty()) {
                continue;
            }
            if (DIFFERENCE.matcher(text).matches() && difference < 0) {
                difference = c;
                continue;
            }
            try {
                LocalDate date = LocalDate.parse(text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) : text);
                if (difference >= 0 || dates.contains(date)) {
                    errors.add(new IndicatorImportError(line, c + 1, text, "indicator.import.error.date-order"));
                } else {
                    dates.add(date);
                    dateColumns.add(c);
                }
            } catch (DateTimeParseException e) {
                errors.add(new IndicatorImportError(line, c + 1, text, "indicator.import.error.not-a-date"));
            }
        }
        if (dates.isEmpty()) {
            errors.add(new IndicatorImportError(line, 2, "", "indicator.import.error.no-dates"));
        }
        return new Header(line, network, dates, dateColumns, difference);
    }

    private static @Nullable Row row(int line, List<String> cells, Header header, List<IndicatorImportError> errors) {
        int before = errors.size();
        String written = ValueParser.normalise(cell(cells, 0));
        String name = IndicatorNames.clean(written);
        if (name.isEmpty()) {
            errors.add(new IndicatorImportError(line, 1, written, "indicator.import.error.no-name"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new IndicatorImportError(line, 1, written, "indicator.import.error.too-long"));
        }
        var values = new ArrayList<Cell>();
        for (int column : header.dateColumns()) {
            Cell value = value(line, column, cell(cells, column), errors);
            if (value != null) {
                values.add(value);
            }
        }
        Cell difference = header.differenceColumn() < 0 ? null
                : value(line, header.differenceColumn(), cell(cells, header.differenceColumn()), errors);
        for (int c = header.lastColumn() + 1; c < cells.size(); c++) {
            String extra = ValueParser.normalise(cell(cells, c));
            if (!extra.isEmpty()) {
                errors.add(new IndicatorImportError(line, c + 1, extra, "indicator.import.error.extra-cell"));
            }
        }
        return errors.size() > before ? null : new Row(line, written, name, values, difference);
    }

    private static @Nullable Cell value(int line, int column, String text, List<IndicatorImportError> errors) {
        String normalised = ValueParser.normalise(text);
        if (normalised.length() > MAX_TEXT) {
            errors.add(new IndicatorImportError(line, column + 1, normalised, "indicator.import.error.too-long"));
            return null;
        }
        var value = ValueParser.parse(normalised);
        if (value.isEmpty()) {
            errors.add(new IndicatorImportError(line, column + 1, normalised, "indicator.import.error.unknown-value"));
            return null;
        }
        return new Cell(column + 1, value.get());
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }
}
