package se.klusterportalen.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import se.klusterportalen.spreadsheet.ImportProblem;

/** Every error of an import file with its row, column, reason (translated) and the offending value. */
public class ImportProblemsGrid extends Grid<ImportProblem> {

    public ImportProblemsGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(problem -> Integer.toString(problem.row())).setHeader(getTranslation("spreadsheet.row"))
                .setFlexGrow(0).setWidth("6em");
        addColumn(ImportProblem::column).setHeader(getTranslation("spreadsheet.column"));
        addColumn(problem -> problem.message(key -> getTranslation(key))).setHeader(getTranslation("spreadsheet.reason"))
                .setFlexGrow(3);
        addColumn(ImportProblem::value).setHeader(getTranslation("spreadsheet.value"));
        Grids.readable(this);
        setAllRowsVisible(true);
    }
}
