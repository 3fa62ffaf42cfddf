package se.klusterportalen.funding;

import java.util.List;

/** A changed tapering plan next to the saved plan, year by year; nothing of it is saved. */
public record WhatIfComparison(TaperingProposal proposal, List<Year> years) {

    public WhatIfComparison {
        years = List.copyOf(years);
    }

    public record Year(int year, FundingMix saved, FundingMix proposed) {
    }

    public FundingMix savedTotal() {
        return years.stream().map(Year::saved).reduce(FundingMix.ZERO, FundingMix::plus);
    }

    public FundingMix proposedTotal() {
        return years.stream().map(Year::proposed).reduce(FundingMix.ZERO, FundingMix::plus);
    }

    /** What the region would pay more (positive) or less (negative) over the whole period. */
    public long regionalCostChange() {
        return proposedTotal().regional() - savedTotal().regional();
    }
}
