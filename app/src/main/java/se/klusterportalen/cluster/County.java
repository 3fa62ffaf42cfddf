package se.klusterportalen.cluster;

/** Sweden's counties (län), with their official names. */
public enum County {
    STOCKHOLM("Stockholms län"), UPPSALA("Uppsala län"), SODERMANLAND("Södermanlands län"),
    OSTERGOTLAND("Östergötlands län"), JONKOPING("Jönköpings län"), KRONOBERG("Kronobergs län"),
    KALMAR("Kalmar län"), GOTLAND("Gotlands län"), BLEKINGE("Blekinge län"), SKANE("Skåne län"),
    HALLAND("Hallands län"), VASTRA_GOTALAND("Västra Götalands län"), VARMLAND("Värmlands län"),
    OREBRO("Örebro län"), VASTMANLAND("Västmanlands län"), DALARNA("Dalarnas län"), GAVLEBORG("Gävleborgs län"),
    VASTERNORRLAND("Västernorrlands län"), JAMTLAND("Jämtlands län"), VASTERBOTTEN("Västerbottens län"),
    NORRBOTTEN("Norrbottens län");

    private final String officialName;

    County(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }
}
