package se.klusterportalen.funding;

import java.util.Optional;

/**
 * A funding stream of the region.
 *
 * @param standard which of the standard streams this is (their names are translated), empty for the region's own
 * @param base     whether it funds the base organisation (not projects)
 */
public record FundingStreamSummary(FundingStreamId id, Optional<StandardStream> standard, String name, StreamKind kind,
                                   boolean base, int order) {

    public boolean isRegionBase() {
        return standard.filter(s -> s == StandardStream.REGION_BASE).isPresent();
    }
}
