package se.klusterportalen.spreadsheet;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The parts every import preview of the REST API shares: how the file was read, and its errors. */
public final class ImportPreviewJson {

    private ImportPreviewJson() {
    }

    /**
     * How the file was read.
     *
     * @param format    "xlsx" or "csv"; {@code null} when the file could not be read
     * @param encoding  for .csv the character set read ("UTF-8", "UTF-16", "windows-1252")
     * @param byteOrderMark for .csv whether it began with a byte-order mark
     * @param separator for .csv the separator (";", "," or a tab)
     * @param separatorHint for .csv whether its first line {@code sep=…} named the separator (and was skipped)
     */
    public record FileJson(String name, @Nullable String format, @Nullable String encoding, boolean byteOrderMark,
                           @Nullable String separator, boolean separatorHint) {

        public static FileJson of(@Nullable String name, Optional<Spreadsheets.Source> source) {
            String fileName = name == null ? "" : name;
            if (source.isEmpty()) {
                return new FileJson(fileName, null, null, false, null, false);
            }
            var read = source.get();
            return new FileJson(fileName, read.workbook() ? "xlsx" : "csv",
                    read.encoding().map(Spreadsheets.Encoding::charset).orElse(null),
                    read.encoding().map(e -> e == Spreadsheets.Encoding.UTF_8_BOM || e == Spreadsheets.Encoding.UTF_16)
                            .orElse(false),
                    read.separator().orElse(null), read.separatorHint());
        }
    }

    /**
     * One error of the file.
     *
     * @param row     as the spreadsheet numbers it (header = 1; 0 = the file as a whole)
     * @param column  the column's header (or letter)
     * @param value   what the cell holds
     * @param message the reason as a sentence in the client's language
     * @param messageKey the key of that text
     */
    public record ErrorJson(int row, String column, String value, String message, String messageKey) {

        public static List<ErrorJson> of(List<ImportProblem> problems, Locale language) {
            return problems.stream().map(p -> new ErrorJson(p.row(), p.column(), p.value(),
                    ImportMessages.message(p, language), p.reasonKey())).toList();
        }
    }
}
