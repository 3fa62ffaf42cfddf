package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterId;

/**
 * Where the values of a network block of an import go.
 *
 * @param cluster     the existing cluster ({@link Kind#CLUSTER}, {@link Kind#NETWORK_OF}); {@code null} for a new one
 * @param clusterName that cluster's name, or the new cluster's name
 */
public record NetworkTarget(Kind kind, @Nullable ClusterId cluster, String clusterName) {

    public enum Kind {
        /** The block is an existing cluster's own values. */
        CLUSTER,
        /** A new cluster of the block's name is created. */
        NEW_CLUSTER,
        /** The block is a network under an existing cluster (created under it when new). */
        NETWORK_OF
    }

    public static NetworkTarget cluster(ClusterId cluster, String name) {
        return new NetworkTarget(Kind.CLUSTER, cluster, name);
    }

    public static NetworkTarget newCluster(String name) {
        return new NetworkTarget(Kind.NEW_CLUSTER, null, name);
    }

    public static NetworkTarget networkOf(ClusterId cluster, String clusterName) {
        return new NetworkTarget(Kind.NETWORK_OF, cluster, clusterName);
    }
}
