package se.klusterportalen.cluster;

public enum ClusterStatus {
    BEING_SET_UP, ACTIVE, CLOSED
}
