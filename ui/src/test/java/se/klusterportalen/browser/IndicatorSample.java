package se.klusterportalen.browser;

/** The follow-up report of the domain notes (samples/indicators-sample.tsv), for the UI's tests. */
public final class IndicatorSample {

    public static final String TEXT = """
            Indikatorer Exempelregionen: Nätverk Alfa\t2019-01-01\t2020-12-31\tDifferens
            Antal deltagande företag vid nätverksstart:\t12\t17\t5
            Antal anställda i nätverksföretagen\tn.a.\t640\t
            Antalet kvinnor anställda i nätverksföretagen\t\t(58)\t(58)
            Antal engagerade individer i strategiska nätverk\t4\t9 (15)\t5 (11)
            Antal konkreta samarbetsaktiviteter med företag ur nätverket\t3\t7+12+4\t20
            Antal företag med kontinuerlig kompetensutveckling för sina medarbetare\t0\tca 22\tca 22
            Förändring i antal anställda i nätverksföretagen sedan nätverksstarten:\t0\t20-80\t20-80
            Antal individer i strategiska nätverk\t0\t15+\t15
            Antal nya produkter och tjänster\t1\t3\t2

            Indikatorer Exempelregionen: Nätverk Beta\t2019-01-01\t2020-12-31\tDifferens
            Antal deltagande företag vid nätverksstart:\t30\t26\t-4
            Antal anställda i nätverksföretagen\t900\t930\t30
            Antal nya produktutvecklingsprocesser\t0\t2+5\t2+5
            Antal företag i nätverket som ökat sin lönsamhet\tn.a.\tn.a.\t
                        """;

    private IndicatorSample() {
    }
}
