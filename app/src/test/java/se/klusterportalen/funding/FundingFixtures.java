package se.klusterportalen.funding;

import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.ProgrammeId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Streams and plans built in memory, for the pure calculations. */
final class FundingFixtures {

    static final List<FundingStreamSummary> STREAMS = Arrays.stream(StandardStream.values())
            .map(standard -> FundingStream.standard(standard).toSummary()).toList();
    static final ProgrammeId PROGRAMME = new ProgrammeId(UUID.randomUUID());
    static final List<Integer> YEARS = List.of(2017, 2018, 2019, 2020, 2021);

    private FundingFixtures() {
    }

    static FundingStreamId stream(StandardStream standard) {
        return STREAMS.get(standard.ordinal()).id();
    }

    static FundingAmountValue planned(StandardStream stream, int year, long planned) {
        return new FundingAmountValue(stream(stream), year, planned, OptionalLong.empty());
    }

    static FundingAmountValue reported(StandardStream stream, int year, long planned, long actual) {
        return new FundingAmountValue(stream(stream), year, planned, OptionalLong.of(actual));
    }

    /** Planned amounts of one stream for 2017–2021. */
    static List<FundingAmountValue> row(StandardStream stream, long... perYear) {
        var row = new ArrayList<FundingAmountValue>();
        for (int i = 0; i < perYear.length; i++) {
            row.add(planned(stream, YEARS.get(i), perYear[i]));
        }
        return row;
    }

    static ClusterFundingPlan plan(String name, Optional<TaperingPlan> tapering, List<FundingAmountValue> amounts) {
        return new ClusterFundingPlan(PROGRAMME, "Program", new ClusterId(UUID.randomUUID()), name, YEARS, STREAMS,
                amounts, tapering, 3, Optional.empty(), Optional.empty());
    }
}
