package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;
import se.klusterportalen.programme.ProgrammeSummary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A panel of the overview page contributed by a feature (goals, funding, labels). Implementations are Spring
 * beans; the overview shows, in {@link #order()}, the panels the user may see that have something to show.
 *
 * <p>A panel works in two steps (issue #19): {@link #read(Scope)} asks the feature's services what the panel shows
 * and answers it as an immutable value (records of immutable lists and strings, texts already in the language of the
 * request); {@link #show(Object)} builds the components from that value, reading nothing. The overview keeps the
 * values per region, data version, date, language and roles and shares them between sessions, so {@code read} runs
 * only when the region's data changed, and must depend on nothing else (the current user only through the
 * permissions their roles give).
 *
 * @param <C> what the panel shows: an immutable value
 */
public interface OverviewPanel<C> {

    /**
     * What the overview is showing.
     *
     * @param programme  the id of the programme chosen in the overview's selector; empty: the region's newest
     * @param programmes the region's programmes the user may see, newest first, as the overview read them in its
     *                   transaction (issue #19: each panel read them again); empty when the region has none or the
     *                   user may not see programmes
     */
    record Scope(Optional<UUID> programme, List<ProgrammeSummary> programmes) {

        public Scope {
            programmes = List.copyOf(programmes);
        }

        /** The programme shown: the one asked for when the region has it, else the newest; empty without any. */
        public Optional<ProgrammeSummary> chosen() {
            return programme.flatMap(id -> programmes.stream().filter(p -> p.id().value().equals(id)).findFirst())
                    .or(() -> programmes.stream().findFirst());
        }
    }

    int order();

    /** Whether the signed-in user may see this panel at all (checked with the feature's own permission). */
    boolean visible();

    /**
     * What the panel shows for the programme the overview shows, read in the overview's read-only transaction; empty
     * while the region has nothing of this kind yet (e.g. no programme). Immutable: it is shared between sessions.
     */
    Optional<C> read(Scope scope);

    /** The panel's components for what {@link #read(Scope)} gave, in the UI of the current request. */
    Component show(C content);

    /** Both steps at once (for tests and callers that keep nothing). */
    default Optional<Component> render(Scope scope) {
        return read(scope).map(this::show);
    }
}
