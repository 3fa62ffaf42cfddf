package se.klusterportalen.indicator;

/** The file has errors, so nothing of it was saved; {@link #preview()} lists them with line and column. */
public class IndicatorImportRejectedException extends IllegalArgumentException {

    private final transient IndicatorImportPreview preview;

    public IndicatorImportRejectedException(IndicatorImportPreview preview) {
        super("indicator.import.rejected");
        this.preview = preview;
    }

    public IndicatorImportPreview preview() {
        return preview;
    }
}
