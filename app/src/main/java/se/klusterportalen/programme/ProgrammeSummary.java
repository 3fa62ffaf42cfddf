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

    public List<Integer> years() {
        return IntStream.rangeClosed(startYear, endYear).boxed().toList();
    }
}
