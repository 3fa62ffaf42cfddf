package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.StandardStream;
import se.klusterportalen.funding.StreamYear;
import se.klusterportalen.programme.ProgrammeService;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@SignedInAs(SKANE_OFFICER)
class ProgrammeFundingViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired ProgrammeService programmes;
    @Autowired FundingService funding;

    private ProgrammeFundingView open(String user) {
        login.as(user);
        return navigate(ProgrammeFundingView.path(programmes.list().getFirst().id()), ProgrammeFundingView.class);
    }

    private StreamYear arena(ProgrammeFundingView view, int year) {
        return new StreamYear(view.programme.streams().stream()
                .filter(s -> s.standard().filter(StandardStream.REGION_ARENA::equals).isPresent()).findFirst().orElseThrow().id(), year);
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void theMenuLeadsToTheRegionsProgrammes() {
        var view = navigate(FundingProgrammesView.class);

        assertThat($(Anchor.class, view.list).all()).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("Klusterutvecklingsprogram 2017–2021");
            assertThat(link.getHref()).isEqualTo(ProgrammeFundingView.path(programmes.list().getFirst().id()));
        });
    }

    @Test
    void politicianSeesTheArenaEnvelopeExceededIn2021AndEveryClusterSummarised() {
        var view = open(SKANE_POLITICIAN);

        assertThat(view.warningTexts()).contains("2021: Regional finansiering öppna innovationsarenor – klustren planerar "
                + "7\u00a0200\u00a0000\u00a0kr men ramen är 7\u00a0000\u00a0000\u00a0kr (200\u00a0000\u00a0kr för mycket).");
        var grid = test(view.clusters);
        assertThat(grid.size()).isEqualTo(10);
        assertThat(grid.getCellText(0, 1)).isEqualTo("–"); // the visitor cluster has no money in 2017
        assertThat(view.figures.getText()).startsWith("Regional andel ").contains("hävstång över perioden");
        assertThat(view.editEnvelopes.isVisible()).isFalse();
        assertThat(view.envelopeFields).isEmpty();
        assertThat(view.chart.getElement().getProperty("innerHTML", "")).contains("class=\"bar actual");
        // the visitor cluster plans 500 000 kr for 2019 and has reported nothing: 2019 is not the programme's outcome
        assertThat(view.chartNote.getText()).contains("2019 (9 av 10 kluster)");
        assertThat(view.programme.completeActualPerYear()).containsKeys(2017, 2018).doesNotContainKey(2019);
    }

    @Test
    void theTableSaysHowManyClustersReportedAndMarksThePartlyReportedYear() {
        var view = open(SKANE_POLITICIAN);

        // read-only, the table is one element's markup (issue #19: no component per cell)
        var table = org.jsoup.Jsoup.parse(view.tableMarkup.getElement().getProperty("innerHTML", ""));
        var y2019 = table.selectFirst("#programme-funding-reporting td[data-year=2019]");
        var y2018 = table.selectFirst("#programme-funding-reporting td[data-year=2018]");
        assertThat(y2019.text()).isEqualTo("9 av 10");
        assertThat(y2019.hasClass("funding-partial")).isTrue();
        assertThat(y2019.attr("title")).startsWith("Delvis rapporterat");
        assertThat(y2018.hasClass("funding-partial")).isFalse();
        assertThat(table.select("#programme-funding-table tbody tr")).hasSize(view.programme.streams().size());
        assertThat(table.select("td.funding-over-envelope").getFirst().attr("title")).isNotEmpty();
        assertThat(view.tableHolder.isVisible()).isFalse();
    }

    @Test
    void officerLowersAnEnvelopeAndTheNewExcessIsWarnedAbout() {
        var view = open(SKANE_OFFICER);
        test(view.editEnvelopes).click();

        test(view.envelopeFields.get(arena(view, 2019))).setValue("2 000 000");
        test(view.saveEnvelopes).click();

        assertThat(view.editing).isFalse();
        assertThat(view.programme.envelope(arena(view, 2019))).hasValue(2_000_000);
        assertThat(view.warningTexts()).anyMatch(text -> text.startsWith("2019: Regional finansiering öppna innovationsarenor")
                && text.contains("(700\u00a0000\u00a0kr för mycket)"));
    }

    @Test
    void anEnvelopeSaveAfterSomeoneElsesIsRefusedWithTheStaleTextAndAReload() {
        var view = open(SKANE_OFFICER);
        StreamYear cell = arena(view, 2019);
        var others = new HashMap<>(view.programme.envelopes());
        others.put(cell, 2_500_000L);
        funding.saveEnvelopes(view.programme.programme(), view.programme.envelopes(), others);
        test(view.editEnvelopes).click();

        test(view.envelopeFields.get(cell)).setValue("1 800 000");
        test(view.saveEnvelopes).click();

        assertThat(view.message.getElement().getTextRecursively()).startsWith(
                "Någon annan har ändrat programmets ramar efter att du öppnade dem. Dina ändringar har inte sparats.");
        assertThat(funding.programmeFunding(view.programme.programme()).envelope(cell)).hasValue(2_500_000);
        test($(Button.class).id("envelopes-reload")).click();
        assertThat(view.programme.envelope(cell)).hasValue(2_500_000);
    }

    @Test
    void anUnreadableEnvelopeIsMarkedAtItsFieldAndNothingIsSaved() {
        var view = open(SKANE_OFFICER);
        StreamYear cell = arena(view, 2019);
        var before = view.programme.envelope(cell);
        test(view.editEnvelopes).click();

        test(view.envelopeFields.get(cell)).setValue("-5");
        test(view.saveEnvelopes).click();

        assertThat(view.envelopeFields.get(cell).isInvalid()).isTrue();
        assertThat(view.envelopeFields.get(cell).getErrorMessage()).isEqualTo("Beloppet kan inte vara negativt.");
        assertThat(funding.programmeFunding(view.programme.programme()).envelope(cell)).isEqualTo(before);
    }

    @Test
    void theExcelExportHoldsStreamsClustersAndEveryAmount() throws Exception {
        var view = open(SKANE_POLITICIAN);

        byte[] bytes = ProgrammeFundingExcel.write(funding.programmeFunding(view.programme.programme()), new FundingTexts(view));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet streams = workbook.getSheet("Per källa och år");
            assertThat(streams.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Regional basfinansiering");
            assertThat(streams.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(22_800_000d);
            Sheet clusters = workbook.getSheet("Per kluster");
            assertThat(clusters.getLastRowNum()).isEqualTo(10);
            Sheet amounts = workbook.getSheet("Belopp");
            List<String> rows = new ArrayList<>();
            amounts.forEach(row -> rows.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue()
                    + "|" + (row.getRowNum() == 0 ? "" : (long) row.getCell(2).getNumericCellValue())
                    + "|" + (row.getRowNum() == 0 ? "" : (long) row.getCell(3).getNumericCellValue())));
            assertThat(rows.getFirst()).isEqualTo("Kluster|Finansieringskälla||");
            assertThat(rows).contains("Media Evolution|Regional basfinansiering|2017|3200000");
            // the reporting rule in the export too: under the totals, clusters with a plan and clusters that reported
            var labels = new ArrayList<String>();
            streams.forEach(row -> labels.add(row.getCell(0) == null ? "" : row.getCell(0).toString()));
            int reported = labels.indexOf("Kluster som rapporterat utfall");
            int planning = labels.indexOf("Kluster med planerade belopp");
            // 2019 is the third year: planned column 7, actual column 8
            assertThat(streams.getRow(planning).getCell(7).getNumericCellValue()).isEqualTo(10d);
            assertThat(streams.getRow(reported).getCell(8).getNumericCellValue()).isEqualTo(9d);
            assertThat(labels).anyMatch(label -> label.contains("Delvis rapporterat: 2019 (9 av 10 kluster)"));
        }
        assertThat(view.excel.getHref()).isNotBlank();
    }
}
