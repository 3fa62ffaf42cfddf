package se.klusterportalen.programme;

import se.klusterportalen.cluster.ClusterId;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** A programme with its period and the clusters it funds and follows. */
public record ProgrammeSummary(ProgrammeId id, String name, int startYear, int endYear, Set<ClusterId> clusters,
                               long version) {

    public ProgrammeSummary {
        clusters = Set.copyOf(clusters);
    }

    /** The period as written in texts: "2017–2021" (a single year alone). */
    public String period() {
        return startYear == endYear ? String.valueOf(startYear) : startYear + "\u2013" + endYear;
    }

    /**
     * The programme's name with its period in brackets, for lists and selectors ("Tillväxtprogram (2022–2026)"); a
     * name that already contains the period ("Klusterutvecklingsprogram 2017–2021") stays as it is.
     */
    public String label() {
        return name.contains(period()) ? name : name + " (" + period() + ")";
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(startYear, endYear).boxed().toList();
    }
}
