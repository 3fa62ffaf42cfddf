package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;

import java.util.UUID;

/**
 * A section of the cluster page contributed by another feature (funding, assessments, labels, milestones).
 * Implementations are Spring beans; the cluster page shows, in {@link #order()}, those the user may see.
 */
public interface ClusterPageSection {

    /** Position on the page; the cluster's own sections (profile 0, members 10, history 1000) leave room between. */
    int order();

    /** Message key of the section heading. */
    String titleKey();

    /** Whether the signed-in user may see this section at all (checked with the feature's own service). */
    boolean visible();

    /** The section's content for one cluster of the current region. */
    Component render(UUID clusterId);
}
