package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridSortOrder;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.County;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

class ClusterListViewBrowserlessTest extends SignedInBrowserlessTest {


    @Test
    @SignedInAs(SKANE_OFFICER)
    void officerSeesTheTenSkaneClustersSortedByNameWithMembersAndEccp() {
        var view = navigate(ClusterListView.class);
        var grid = test(view.grid);

        assertThat(grid.size()).isEqualTo(10);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Besöksnäringsklustret Skåne");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Under uppbyggnad");
        assertThat(grid.getCellText(0, 4)).isEqualTo("12");
        assertThat(grid.getLitRendererPropertyValue(0, 5, "text", String.class)).isEqualTo("Uppfyller ej kraven");
        int mediaEvolution = view.shownTable().get("Namn").indexOf("Media Evolution");
        assertThat(grid.getCellText(mediaEvolution, 4)).isEqualTo("400");
        assertThat(grid.getLitRendererPropertyValue(mediaEvolution, 5, "text", String.class)).isEqualTo("Registrerat");
        assertThat(view.count.getText()).isEqualTo("10 kluster");
        assertThat($(Button.class, view).id("cluster-create").isVisible()).isTrue();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void everyColumnHasARoomyMinimumWidthAndWrapsLongerValues() {
        var view = navigate(ClusterListView.class);

        assertThat(view.grid.getColumns()).hasSize(8);
        assertThat(view.grid.getColumnByKey("members").getHeaderText())
                .isEqualTo("Medlemmar");
        // numbers and phases are shorter than their headers: as wide as "Medlemmar" or "Fas" and the sort arrows
        assertThat(view.grid.getColumnByKey("members").getWidth()).isEqualTo("8.9em");
        assertThat(view.grid.getColumnByKey("contributed-assessment.column.phase").getWidth()).isEqualTo("5.3em");
        assertThat(view.grid.getColumns().stream().filter(column -> !column.getKey().equals("members")
                && !column.getKey().equals("contributed-assessment.column.phase")))
                .as("a minimum width in em (not Vaadin's 100 px default) and a share of the room left, so that all "
                        + "columns fit 1400 px and longer values wrap")
                .allSatisfy(column -> {
                    assertThat(column.getWidth()).as(column.getKey()).endsWith("em");
                    assertThat(column.getFlexGrow()).as(column.getKey()).isPositive();
                });
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void eccpMetAndNotMetDifferByIconAndWords() {
        var view = navigate(ClusterListView.class);
        var grid = test(view.grid);
        int eccp = view.grid.getColumns().indexOf(view.grid.getColumnByKey("eccp"));
        int mediaEvolution = view.shownTable().get("Namn").indexOf("Media Evolution");

        // a template filled in the browser (no component per row): the words and whether they are met; the icon and
        // its colour follow "met" (checked in a real browser by ClusterPortfolioBrowserIntegrationTest)
        assertThat(grid.getLitRendererPropertyValue(0, eccp, "text", String.class)).isEqualTo("Uppfyller ej kraven");
        assertThat(grid.getLitRendererPropertyValue(0, eccp, "met", Boolean.class)).isFalse();
        assertThat(grid.getLitRendererPropertyValue(mediaEvolution, eccp, "text", String.class))
                .isEqualTo("Registrerat");
        assertThat(grid.getLitRendererPropertyValue(mediaEvolution, eccp, "met", Boolean.class)).isTrue();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void hiddenColumnsStayHiddenForThisUserAndLeaveTheExport() throws IOException {
        var view = navigate(ClusterListView.class);
        assertThat(view.columnChoice.getValue()).as("the menu is built on the button's first click").isEmpty();
        test(view.columnsButton).click();
        assertThat($(com.vaadin.flow.component.popover.Popover.class).single().isOpened()).as("the menu opens").isTrue();
        assertThat(view.columnChoice.getValue()).hasSize(7).doesNotContain("name");

        var shown = new java.util.HashSet<>(view.columnChoice.getValue());
        shown.removeAll(java.util.Set.of("members", "sector"));
        view.columnChoice.setValue(shown);
        assertThat(view.grid.getColumnByKey("members").isVisible()).isFalse();

        navigate("", com.vaadin.flow.component.Component.class);
        var again = navigate(ClusterListView.class);
        assertThat(again).as("a new view, built from what was remembered").isNotSameAs(view);
        assertThat(again.grid.getColumnByKey("members").isVisible()).isFalse();
        assertThat(again.grid.getColumnByKey("sector").isVisible()).isFalse();
        test(again.columnsButton).click();
        assertThat(again.columnChoice.getValue()).hasSize(5).doesNotContain("members", "sector");
        assertThat(again.shownTable().keySet()).containsExactly("Namn", "Län", "Status", "ECCP",
                "Aktuell märkning", "Fas");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(again.exportShown()))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) 6);
        }

        login.as(SKANE_POLITICIAN);
        navigate("", com.vaadin.flow.component.Component.class);
        var politician = navigate(ClusterListView.class);
        assertThat(politician).isNotSameAs(again);
        assertThat(politician.grid.getColumnByKey("members").isVisible()).isTrue();
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void theTextFilterMatchesNameSectorAndCounty() {
        var view = navigate(ClusterListView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(16);

        test(view.filter).setValue("turism");
        assertThat(grid.size()).isEqualTo(2);
        assertThat(view.count.getText()).isEqualTo("2 kluster");

        test(view.filter).setValue("värmlands län");
        assertThat(grid.size()).isEqualTo(4);

        test(view.filter).setValue("");
        assertThat(grid.size()).isEqualTo(16);
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void statusSectorCountyAndAreaFiltersCombine() {
        var view = navigate(ClusterListView.class);
        var grid = test(view.grid);

        test(view.statusFilter).selectItem("Under uppbyggnad");
        assertThat(view.shownTable().get("Namn")).containsExactly("Besöksnäringsklustret Skåne");
        view.statusFilter.clear();

        view.areaFilter.setValue(view.clusters().areas().stream().filter(a -> a.name().equals("Personlig hälsa"))
                .findFirst().orElseThrow());
        assertThat(view.shownTable().get("Namn"))
                .containsExactlyInAnyOrder("Livsmedelsakademin", "Medicon Valley Alliance", "Mobile Heights");
        view.sectorFilter.setValue("Life science");
        assertThat(view.shownTable().get("Namn")).containsExactly("Medicon Valley Alliance");
        assertThat(view.count.getText()).isEqualTo("1 kluster");

        view.areaFilter.clear();
        view.sectorFilter.clear();
        view.countyFilter.setValue(County.SKANE);
        assertThat(grid.size()).isEqualTo(10);
        view.statusFilter.setValue(ClusterStatus.CLOSED);
        assertThat(grid.size()).isZero();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void sortingByMembersPutsTheLargestFirst() {
        var view = navigate(ClusterListView.class);

        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("members")).build());

        assertThat(view.shownTable().get("Namn").getFirst()).isEqualTo("Media Evolution");
        assertThat(view.shownTable().get("Namn").subList(1, 3))
                .containsExactlyInAnyOrder("Packbridge", "Medicon Valley Alliance");
        assertThat(view.shownTable().get("Namn").getLast()).isEqualTo("Besöksnäringsklustret Skåne");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void sortingByCurrentLabelOrdersByLevelThenLastValidDayInTheDatabase() {
        var view = navigate(ClusterListView.class);
        var column = view.grid.getColumnByKey("contributed-label.column.current");
        List<String> levels = java.util.stream.Stream.of("BRONZE", "SILVER", "GOLD")
                .map(level -> view.getTranslation("label.level." + level)).toList();

        view.grid.sort(GridSortOrder.desc(column).build());

        var table = view.shownTable();
        List<String> labels = table.get("Aktuell märkning");
        // Media Evolution's gold label is valid until 2027-03-20; Packbridge's current one is silver
        assertThat(table.get("Namn").getFirst()).isEqualTo("Media Evolution");
        assertThat(labels.getFirst()).isEqualTo("Guld t.o.m. 2027-03-20");
        assertThat(labels.indexOf("Silver t.o.m. 2027-06-10")).isEqualTo(table.get("Namn").indexOf("Packbridge"))
                .isGreaterThan(labels.lastIndexOf(labels.getFirst()));
        assertThat(labels.getLast()).isEmpty();

        view.grid.sort(GridSortOrder.asc(column).build());
        table = view.shownTable();
        assertThat(table.get("Namn").getLast()).isEqualTo("Media Evolution");
        PortfolioGridScaleBrowserlessTest.assertSortedBy(table.get("Namn"), table.get("Aktuell märkning"),
                label -> label.isEmpty() ? -1 : levels.indexOf(label.substring(0, label.indexOf(' '))) * 100_000
                        + (int) java.time.LocalDate.parse(label.substring(label.length() - 10)).toEpochDay());
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void theExportHoldsExactlyTheRowsAndColumnsShownInTheirOrder() throws IOException {
        var view = navigate(ClusterListView.class);
        test(view.filter).setValue("m");
        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("members")).build());
        var shown = view.shownTable();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(view.exportShown()))) {
            var sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(shown.keySet());
            assertThat(sheet.getLastRowNum()).isEqualTo(test(view.grid).size());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo(shown.get("Namn").get(r - 1));
                assertThat(String.valueOf((long) sheet.getRow(r).getCell(4).getNumericCellValue()))
                        .isEqualTo(shown.get("Medlemmar").get(r - 1).replace("\u00a0", ""));
            }
        }
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void thePoliticiansListIsReadOnlyButExportable() {
        var view = navigate(ClusterListView.class);

        assertThat($(Button.class, view).all()).as("only the column menu, no create, import or areas")
                .extracting(button -> button.getId().orElse("")).containsExactly("cluster-columns");
        assertThat(view.export.getHref()).isNotBlank();
    }
}
