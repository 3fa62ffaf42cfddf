package se.klusterportalen.funding;

/** The file has errors, so nothing of it was imported; {@link #result()} lists them with row and column. */
public class FundingImportRejectedException extends IllegalArgumentException {

    private final transient FundingImportResult result;

    public FundingImportRejectedException(FundingImportResult result) {
        super("funding.import.rejected");
        this.result = result;
    }

    public FundingImportResult result() {
        return result;
    }
}
