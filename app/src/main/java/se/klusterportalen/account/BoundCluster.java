package se.klusterportalen.account;

import se.klusterportalen.cluster.ClusterId;

/** A cluster a cluster manager reports for. */
public record BoundCluster(ClusterId id, String name) {
}
