package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A panel of the overview page contributed by a feature (goals, funding, labels). Implementations are Spring
 * beans; the overview shows, in {@link #order()}, the panels the user may see that have something to show.
 */
public interface OverviewPanel {

    int order();

    /** Whether the signed-in user may see this panel at all (checked with the feature's own permission). */
    boolean visible();

    /** The panel, or empty while the region has nothing of this kind yet (e.g. no programme). */
    Optional<Component> render();
}
