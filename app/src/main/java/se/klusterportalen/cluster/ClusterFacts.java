package se.klusterportalen.cluster;

import java.util.Optional;

/**
 * What other features (programme goals) judge a cluster by. Values the portfolio does not know yet are empty.
 *
 * @param latestMemberCount   total members in the latest reported year
 * @param previousMemberCount total members in the year before that, for the trend
 */
public record ClusterFacts(ClusterId id, String name, ClusterStatus status, Optional<Integer> latestMemberCount,
                           Optional<Integer> previousMemberCount, boolean eccpRegistered,
                           boolean hasCommunicationPlan) {
}
