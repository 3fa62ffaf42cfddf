package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.button.Button;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterStatus;

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
        var page = PortfolioPage.of(view);

        assertThat(page.size()).isEqualTo(10);
        assertThat(page.headers()).containsExactly("Namn", "Bransch/tema", "Län", "Status", "Medlemmar", "ECCP",
                "Aktuell märkning", "Fas");
        assertThat(page.cell(0, 0)).isEqualTo("Besöksnäringsklustret Skåne");
        assertThat(page.cell(0, 3)).isEqualTo("Under uppbyggnad");
        assertThat(page.cell(0, 4)).isEqualTo("12");
        assertThat(page.cell(0, 5)).isEqualTo("Uppfyller ej kraven");
        int mediaEvolution = page.column("Namn").indexOf("Media Evolution");
        assertThat(page.cell(mediaEvolution, 4)).isEqualTo("400");
        assertThat(page.cell(mediaEvolution, 5)).isEqualTo("Registrerat");
        assertThat(page.column("Namn")).containsExactlyElementsOf(view.shownTable().get("Namn"));
        assertThat(page.range()).isEqualTo("1–10 av 10");
        assertThat(view.count.getText()).isEqualTo("10 kluster");
        assertThat(PortfolioPage.filters(view).select(".portfolio-actions a[router-link]").eachAttr("href"))
                .as("the manager's links").containsExactly("clusters/new", "clusters/import", "clusters/areas");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theTableIsAnAccessibleTableWithSortButtonsAndNameLinks() {
        var view = navigate(ClusterListView.class);
        var page = PortfolioPage.of(view);

        assertThat(page.table().selectFirst("caption").text())
                .isEqualTo("Klusterportfölj, 1–10 av 10, sorterad efter Namn stigande");
        assertThat(page.table().select("thead th")).hasSize(8)
                .allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        assertThat(page.table().select("thead th button[type=button][data-sort]")).as("every column sorts")
                .hasSize(8);
        assertThat(page.table().select("thead th[aria-sort]")).singleElement()
                .satisfies(th -> assertThat(th.attr("aria-sort")).isEqualTo("ascending"))
                .satisfies(th -> assertThat(th.selectFirst("button").attr("data-sort")).isEqualTo("name"));
        var name = page.cellElement(0, 0);
        assertThat(name.tagName()).isEqualTo("th");
        assertThat(name.attr("scope")).isEqualTo("row");
        var besoksnaring = view.clusters().list().stream()
                .filter(c -> c.name().equals("Besöksnäringsklustret Skåne")).findFirst().orElseThrow();
        assertThat(name.selectFirst("a[router-link]").attr("href")).isEqualTo("clusters/" + besoksnaring.id());
        assertThat(page.pager().select("button[data-page]")).as("previous and next, both off on the only page")
                .hasSize(2).allSatisfy(button -> assertThat(button.hasAttr("disabled")).isTrue());
        assertThat(page.cellElement(0, 4).hasClass("portfolio-number")).as("members right-aligned").isTrue();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void eccpMetAndNotMetDifferByIconAndWords() {
        var view = navigate(ClusterListView.class);
        var page = PortfolioPage.of(view);
        int mediaEvolution = page.column("Namn").indexOf("Media Evolution");

        // the icon is hidden from screen readers, the words say it; its colour follows met or not (cluster.css)
        assertThat(page.cellElement(0, 5).selectFirst(".cluster-eccp-unmet vaadin-icon[aria-hidden=true]")
                .attr("icon")).isEqualTo("vaadin:close-circle-o");
        assertThat(page.cellElement(0, 5).text()).isEqualTo("Uppfyller ej kraven");
        assertThat(page.cellElement(mediaEvolution, 5).selectFirst(".cluster-eccp-met vaadin-icon[aria-hidden=true]")
                .attr("icon")).isEqualTo("vaadin:check-circle");
        assertThat(page.cellElement(mediaEvolution, 5).text()).isEqualTo("Registrerat");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aClickOnAHeaderSortsAndASecondClickTurnsTheOrder() {
        var view = navigate(ClusterListView.class);

        PortfolioPage.click(view, "sort", "members");
        var page = PortfolioPage.of(view);
        assertThat(view.sortKey()).isEqualTo("members");
        assertThat(page.column("Namn").getFirst()).isEqualTo("Besöksnäringsklustret Skåne"); // 12 members
        assertThat(page.table().selectFirst("th[aria-sort]").attr("aria-sort")).isEqualTo("ascending");
        assertThat(page.table().selectFirst("th[aria-sort] button").attr("data-sort")).isEqualTo("members");

        PortfolioPage.click(view, "sort", "members");
        page = PortfolioPage.of(view);
        assertThat(page.column("Namn").getFirst()).isEqualTo("Media Evolution"); // 400
        assertThat(page.table().selectFirst("th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
        assertThat(page.table().selectFirst("caption").text()).endsWith("sorterad efter Medlemmar fallande");

        PortfolioPage.click(view, "sort", "name");
        assertThat(view.descending()).as("another column starts ascending").isFalse();
        assertThat(PortfolioPage.of(view).column("Namn").getFirst()).isEqualTo("Besöksnäringsklustret Skåne");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void inEnglishTheTableSpeaksEnglish() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        var view = navigate(ClusterListView.class);
        var page = PortfolioPage.of(view);

        assertThat(page.headers()).startsWith("Name");
        assertThat(page.range()).isEqualTo("1–10 of 10");
        assertThat(page.pager().select("button").eachText()).containsExactly("‹ Previous", "Next ›");
        assertThat(view.count.getText()).isEqualTo("10 clusters");
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
        assertThat(PortfolioPage.of(view).headers()).doesNotContain("Medlemmar", "Bransch/tema");

        navigate("", com.vaadin.flow.component.Component.class);
        var again = navigate(ClusterListView.class);
        assertThat(again).as("a new view, built from what was remembered").isNotSameAs(view);
        assertThat(PortfolioPage.of(again).headers()).containsExactly("Namn", "Län", "Status", "ECCP",
                "Aktuell märkning", "Fas");
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
        assertThat(PortfolioPage.of(politician).headers()).contains("Medlemmar");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void theFiltersAreLabelledListsOfTheRegionsValuesAndAValueNotAmongThemFiltersNothing() {
        var view = navigate(ClusterListView.class);
        var filters = PortfolioPage.filters(view);

        assertThat(filters.select("label select, label input")).hasSize(5);
        assertThat(filters.select("select[name=status] option").eachText())
                .containsExactly("Alla", "Under uppbyggnad", "Aktivt", "Avslutat");
        var sectors = filters.select("select[name=sector] option").eachText();
        assertThat(sectors.getFirst()).isEqualTo("Alla");
        assertThat(sectors.subList(1, sectors.size())).as("each sector once, in Swedish order")
                .containsExactlyElementsOf(view.clusters().sectors().stream().distinct()
                        .sorted(se.klusterportalen.text.Collation.forLanguage(java.util.Locale.of("sv", "SE")))
                        .toList());
        assertThat(filters.select("select[name=county] option").eachText()).contains("Skåne län");

        PortfolioPage.change(view, "county", "NOT_A_COUNTY");
        PortfolioPage.change(view, "area", "not-an-id");
        PortfolioPage.change(view, "nonsense", "x");
        assertThat(view.total()).isEqualTo(10);
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void theTextFilterMatchesNameSectorAndCounty() {
        var view = navigate(ClusterListView.class);
        assertThat(PortfolioPage.of(view).size()).isEqualTo(16);

        PortfolioPage.change(view, "text", "turism");
        assertThat(PortfolioPage.of(view).size()).isEqualTo(2);
        assertThat(PortfolioPage.of(view).range()).isEqualTo("1–2 av 2");
        assertThat(view.count.getText()).isEqualTo("2 kluster");

        PortfolioPage.change(view, "text", "värmlands län");
        assertThat(PortfolioPage.of(view).size()).isEqualTo(4);

        PortfolioPage.change(view, "text", "zzz-inget");
        assertThat(PortfolioPage.of(view).size()).isZero();
        assertThat(view.pageMarkup()).contains("Inga kluster matchar filtren.");
        assertThat(view.count.getText()).isEqualTo("0 kluster");

        PortfolioPage.change(view, "text", "");
        assertThat(PortfolioPage.of(view).size()).isEqualTo(16);
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void statusSectorCountyAndAreaFiltersCombine() {
        var view = navigate(ClusterListView.class);

        PortfolioPage.choose(view, "status", "Under uppbyggnad");
        assertThat(view.shownTable().get("Namn")).containsExactly("Besöksnäringsklustret Skåne");
        PortfolioPage.choose(view, "status", "");

        PortfolioPage.choose(view, "area", "Personlig hälsa");
        assertThat(view.shownTable().get("Namn"))
                .containsExactlyInAnyOrder("Livsmedelsakademin", "Medicon Valley Alliance", "Mobile Heights");
        PortfolioPage.choose(view, "sector", "Life science");
        assertThat(view.shownTable().get("Namn")).containsExactly("Medicon Valley Alliance");
        assertThat(view.count.getText()).isEqualTo("1 kluster");

        PortfolioPage.choose(view, "area", "");
        PortfolioPage.choose(view, "sector", "");
        PortfolioPage.choose(view, "county", "Skåne län");
        assertThat(PortfolioPage.of(view).size()).isEqualTo(10);
        PortfolioPage.change(view, "status", ClusterStatus.CLOSED.name());
        assertThat(PortfolioPage.of(view).size()).isZero();
        assertThat(view.total()).isZero();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void sortingByMembersPutsTheLargestFirst() {
        var view = navigate(ClusterListView.class);

        view.sortBy("members");
        view.sortBy("members");

        assertThat(view.shownTable().get("Namn").getFirst()).isEqualTo("Media Evolution");
        assertThat(PortfolioPage.of(view).column("Namn")).containsExactlyElementsOf(view.shownTable().get("Namn"));
        assertThat(view.shownTable().get("Namn").subList(1, 3))
                .containsExactlyInAnyOrder("Packbridge", "Medicon Valley Alliance");
        assertThat(view.shownTable().get("Namn").getLast()).isEqualTo("Besöksnäringsklustret Skåne");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void sortingByCurrentLabelOrdersByLevelThenLastValidDayInTheDatabase() {
        var view = navigate(ClusterListView.class);
        List<String> levels = java.util.stream.Stream.of("BRONZE", "SILVER", "GOLD")
                .map(level -> view.getTranslation("label.level." + level)).toList();

        view.sortBy("contributed-label.column.current");
        view.sortBy("contributed-label.column.current");

        var table = view.shownTable();
        List<String> labels = table.get("Aktuell märkning");
        // Media Evolution's gold label is valid until 2027-03-20; Packbridge's current one is silver
        assertThat(table.get("Namn").getFirst()).isEqualTo("Media Evolution");
        assertThat(labels.getFirst()).isEqualTo("Guld t.o.m. 2027-03-20");
        assertThat(labels.indexOf("Silver t.o.m. 2027-06-10")).isEqualTo(table.get("Namn").indexOf("Packbridge"))
                .isGreaterThan(labels.lastIndexOf(labels.getFirst()));
        assertThat(labels.getLast()).isEmpty();

        view.sortBy("contributed-label.column.current");
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
        PortfolioPage.change(view, "text", "m");
        view.sortBy("members");
        view.sortBy("members");
        var shown = view.shownTable();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(view.exportShown()))) {
            var sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(shown.keySet());
            assertThat(sheet.getLastRowNum()).isEqualTo((int) view.total());
            assertThat(PortfolioPage.of(view).column("Namn")).containsExactlyElementsOf(shown.get("Namn"));
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

        assertThat($(Button.class, view).all()).as("only the column menu")
                .extracting(button -> button.getId().orElse("")).containsExactly("cluster-columns");
        assertThat(PortfolioPage.filters(view).select(".portfolio-actions")).as("no create, import or areas").isEmpty();
        assertThat(view.export.getHref()).isNotBlank();
    }
}
