package se.klusterportalen.funding;

/**
 * The streams every region starts with. {@code base} marks money for the base organisation and member services
 * (as opposed to project money): it decides when a cluster's base is mostly carried by non-regional money.
 */
public enum StandardStream {
    REGION_BASE("Regional basfinansiering", "Regional base funding", StreamKind.REGIONAL, true),
    REGION_ARENA("Regional finansiering öppna innovationsarenor", "Regional funding, open innovation arenas",
            StreamKind.REGIONAL, false),
    MEMBER_FEES("Medlemsavgifter", "Member fees", StreamKind.PRIVATE, true),
    MUNICIPALITIES("Kommuner", "Municipalities", StreamKind.OTHER_PUBLIC, true),
    NATIONAL_AGENCIES("Nationella myndigheter (Vinnova, Tillväxtverket m.fl.)",
            "National agencies (Vinnova, Tillväxtverket etc.)", StreamKind.OTHER_PUBLIC, false),
    EU_FUNDS("EU-medel", "EU funds", StreamKind.OTHER_PUBLIC, false),
    OTHER_PRIVATE("Övrig privat finansiering", "Other private funding", StreamKind.PRIVATE, true);

    private final String swedishName;
    private final String englishName;
    private final StreamKind kind;
    private final boolean base;

    StandardStream(String swedishName, String englishName, StreamKind kind, boolean base) {
        this.swedishName = swedishName;
        this.englishName = englishName;
        this.kind = kind;
        this.base = base;
    }

    public String swedishName() {
        return swedishName;
    }

    /** The name the English UI shows; import files may use it too. */
    public String englishName() {
        return englishName;
    }

    public StreamKind kind() {
        return kind;
    }

    public boolean base() {
        return base;
    }
}
