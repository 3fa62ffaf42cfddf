package se.klusterportalen.cluster;

import java.util.List;

/**
 * An area of the region's smart-specialisation list and the clusters that serve it.
 *
 * @param version what a rename or removal must name to be accepted
 */
public record AreaUse(SmartArea area, long version, List<String> clusterNames) {

    public AreaUse {
        clusterNames = List.copyOf(clusterNames);
    }

    public boolean inUse() {
        return !clusterNames.isEmpty();
    }
}
