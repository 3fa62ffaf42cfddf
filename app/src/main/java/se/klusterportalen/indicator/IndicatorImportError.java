package se.klusterportalen.indicator;

/**
 * Why an indicator file cannot be imported. Lines and columns count from 1 as an editor or a spreadsheet shows them;
 * line 0 is the file as a whole.
 *
 * @param text       the offending text (may be empty)
 * @param messageKey a text key of the UI bundles ({@code indicator.import.error.*} or {@code spreadsheet.error.*})
 */
public record IndicatorImportError(int line, int column, String text, String messageKey) {
}
