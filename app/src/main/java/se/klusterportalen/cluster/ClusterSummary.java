package se.klusterportalen.cluster;

/** What lists and the API show of a cluster initiative. */
public record ClusterSummary(ClusterId id, String name, String sector, County county, ClusterStatus status) {
}
