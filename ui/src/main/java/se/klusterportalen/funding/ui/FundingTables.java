package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.html.NativeTable;

import java.util.List;

/** The head both funding tables share: a stream column, then per year one column for each sub-header. */
final class FundingTables {

    private FundingTables() {
    }

    static NativeTable withYearHead(String id, String caption, String streamHeader, List<Integer> years,
                                    List<String> subHeaders) {
        var table = new NativeTable();
        table.setId(id);
        table.addClassName("funding-table");
        table.setCaptionText(caption);
        var yearRow = table.getHead().addRow();
        var stream = yearRow.addHeaderCell();
        stream.setText(streamHeader);
        stream.getElement().setAttribute("rowspan", "2");
        var subRow = table.getHead().addRow();
        for (int year : years) {
            var cell = yearRow.addHeaderCell();
            cell.setText(String.valueOf(year));
            cell.getElement().setAttribute("colspan", String.valueOf(subHeaders.size()));
            cell.addClassName("funding-year");
            subHeaders.forEach(header -> subRow.addHeaderCell().setText(header));
        }
        return table;
    }
}
