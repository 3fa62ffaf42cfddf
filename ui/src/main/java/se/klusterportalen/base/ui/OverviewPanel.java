package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * A panel of the overview page contributed by a feature (goals, funding, labels). Implementations are Spring
 * beans; the overview shows, in {@link #order()}, the panels the user may see that have something to show.
 * Panels about a programme follow the programme chosen on the overview ({@link #render(Scope)}); the others
 * implement only {@link #render()}.
 */
public interface OverviewPanel {

    /**
     * What the overview is showing.
     *
     * @param programme the id of the programme chosen in the overview's selector; empty: the region's newest
     */
    record Scope(Optional<UUID> programme) {

        public static Scope newest() {
            return new Scope(Optional.empty());
        }
    }

    int order();

    /** Whether the signed-in user may see this panel at all (checked with the feature's own permission). */
    boolean visible();

    /** The panel, or empty while the region has nothing of this kind yet (e.g. no programme). */
    Optional<Component> render();

    /** The panel for the programme the overview shows; panels that do not depend on a programme need not override. */
    default Optional<Component> render(Scope scope) {
        return render();
    }
}
