package se.klusterportalen.spreadsheet;

/**
 * Why a row of an import file cannot be imported. Rows are numbered as in the spreadsheet (the header is row 1);
 * a problem with the file as a whole has row 0.
 *
 * @param reasonKey a text key; {@code value} is the offending cell's content (may be empty)
 */
public record ImportProblem(int row, String column, String reasonKey, String value) {
}
