package se.klusterportalen.cluster;

/** What a file imports: cluster profiles, or member counts per cluster and year. */
public enum ImportKind {
    CLUSTERS, MEMBERS
}
