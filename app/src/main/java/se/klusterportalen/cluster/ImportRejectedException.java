package se.klusterportalen.cluster;

/** The file has errors, so nothing of it was imported; {@link #result()} lists them. */
public class ImportRejectedException extends IllegalArgumentException {

    private final ImportResult result;

    public ImportRejectedException(ImportResult result) {
        super("cluster.import.rejected");
        this.result = result;
    }

    public ImportResult result() {
        return result;
    }
}
