package se.klusterportalen.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

/**
 * Every grid's columns readable: a column without a width of its own is sized to its longest value and header
 * (Vaadin's default is a fixed 100 px, which cut "Medlem…" and "Guld t.o.…"), and a value longer than its cell
 * wraps onto a second line instead of ending in "…".
 */
public final class Grids {

    private Grids() {
    }

    /** Applies the rule to the columns {@code grid} has when it is shown (so call it before or after adding them). */
    public static <T> Grid<T> readable(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addAttachListener(attach -> fit(grid));
        fit(grid);
        return grid;
    }

    /**
     * A sortable column's header that wraps onto a second line when the column is narrower than it ("Aktuell /
     * märkning") instead of ending in "…"; give a column whose values are shorter than its header
     * {@link #headerWidth(String)}.
     */
    public static Span header(String text) {
        var header = new Span(text);
        header.addClassName("portal-grid-header");
        return header;
    }

    /** The width a sortable column needs for its header text and the sort arrows beside it, e.g. "8.9em". */
    public static String headerWidth(String header) {
        return String.format(java.util.Locale.ROOT, "%.1fem", header.length() * 0.6 + 3.5);
    }

    /** Sizes each column that has no explicit width to its content. */
    static void fit(Grid<?> grid) {
        grid.getColumns().stream().filter(column -> column.getWidth() == null || column.getWidth().isBlank())
                .forEach(column -> column.setAutoWidth(true));
    }
}
