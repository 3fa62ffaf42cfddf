package se.klusterportalen.funding;

/**
 * The streams every region starts with. {@code base} marks money for the base organisation and member services
 * (as opposed to project money): it decides when a cluster's base is mostly carried by non-regional money.
 */
public enum StandardStream {
    REGION_BASE("Regional basfinansiering", StreamKind.REGIONAL, true),
    REGION_ARENA("Regional finansiering öppna innovationsarenor", StreamKind.REGIONAL, false),
    MEMBER_FEES("Medlemsavgifter", StreamKind.PRIVATE, true),
    MUNICIPALITIES("Kommuner", StreamKind.OTHER_PUBLIC, true),
    NATIONAL_AGENCIES("Nationella myndigheter (Vinnova, Tillväxtverket m.fl.)", StreamKind.OTHER_PUBLIC, false),
    EU_FUNDS("EU-medel", StreamKind.OTHER_PUBLIC, false),
    OTHER_PRIVATE("Övrig privat finansiering", StreamKind.PRIVATE, true);

    private final String swedishName;
    private final StreamKind kind;
    private final boolean base;

    StandardStream(String swedishName, StreamKind kind, boolean base) {
        this.swedishName = swedishName;
        this.kind = kind;
        this.base = base;
    }

    public String swedishName() {
        return swedishName;
    }

    public StreamKind kind() {
        return kind;
    }

    public boolean base() {
        return base;
    }
}
