package se.klusterportalen.spreadsheet;

import java.util.function.UnaryOperator;

/**
 * Why a row of an import file cannot be imported. Rows are numbered as in the spreadsheet (the header is row 1);
 * a problem with the file as a whole has row 0.
 *
 * @param reasonKey a text key; {@code value} is the offending cell's content (may be empty)
 */
public record ImportProblem(int row, String column, String reasonKey, String value) {

    /**
     * The readable reason: the text of {@code reasonKey} from {@code texts}, with "{0}" in it replaced by the value
     * ("Excel-fel {0}" → "Excel-fel #N/A"). Used by the upload views and the REST API alike.
     */
    public String message(UnaryOperator<String> texts) {
        String text = texts.apply(reasonKey);
        return text.contains("{0}") ? text.replace("{0}", value) : text;
    }
}
