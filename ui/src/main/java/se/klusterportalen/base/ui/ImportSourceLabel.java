package se.klusterportalen.base.ui;

import com.vaadin.flow.component.html.Span;
import se.klusterportalen.spreadsheet.Spreadsheets;

import java.util.Optional;

/**
 * How an import file was read, for its preview: "Excel-arbetsbok", or for .csv its encoding and separator
 * ("CSV-fil, teckenkodning Windows-1252 (ANSI, som Excel sparar CSV), avgränsare semikolon").
 */
public class ImportSourceLabel extends Span {

    public ImportSourceLabel(String id) {
        setId(id);
        setVisible(false);
    }

    public void show(Optional<Spreadsheets.Source> source) {
        setVisible(source.isPresent());
        setText(source.map(this::describe).orElse(""));
    }

    private String describe(Spreadsheets.Source source) {
        if (source.workbook()) {
            return getTranslation("spreadsheet.source.workbook");
        }
        String encoding = source.encoding().map(e -> getTranslation("spreadsheet.encoding." + e.name())).orElse("");
        String separator = switch (source.separator().orElse(";")) {
            case "," -> getTranslation("spreadsheet.separator.comma");
            case "\t" -> getTranslation("spreadsheet.separator.tab");
            case ";" -> getTranslation("spreadsheet.separator.semicolon");
            default -> "\"" + source.separator().orElse("") + "\"";
        };
        return getTranslation(source.separatorHint() ? "spreadsheet.source.csv-hint" : "spreadsheet.source.csv",
                encoding, separator);
    }
}
