package se.klusterportalen.funding;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.spreadsheet.ImportProblem;
import se.klusterportalen.spreadsheet.Spreadsheets;
import se.klusterportalen.spreadsheet.TestWorkbooks;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.RealLogin;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Files as officers' tools make them (shared case files and generated ones), through the service the upload view
 * and the REST API call: each case's right value. Previews only: nothing is saved.
 */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class FundingImportFilesIntegrationTest {

    private static final String HEADER = "Kluster;Finansieringskälla;År;Planerat;Utfall";

    @Autowired RealLogin login;
    @Autowired FundingService funding;
    @Autowired ProgrammeService programmes;

    private ProgrammeId programme;

    @BeforeEach
    void skanesProgramme() {
        programme = programmes.list().getFirst().id();
    }


    private FundingImportResult preview(String name, byte[] file) {
        return funding.previewImport(programme, name, file);
    }

    @Test
    void aFormulaWithoutAStoredResultIsCalculatedTo1250000NotZero() {
        var result = preview("formel.xlsx", TestWorkbooks.caseFile("funding-formula-without-cached-value.xlsx"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.clusterName()).isEqualTo("Mobile Heights");
            assertThat(row.year()).isEqualTo(2021);
            assertThat(row.plannedAfter()).isEqualTo(1_250_000);
        });
    }

    @Test
    void aFormulaThatCannotBeCalculatedIsRefusedNamingRowColumnAndFormula() {
        byte[] file = workbook(row -> row.createCell(3).setCellFormula("CUBEVALUE(\"Kub\",\"Summa\")"));

        var result = preview("formel.xlsx", file);

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).containsExactly(new ImportProblem(2, "Planerat", "spreadsheet.error.formula",
                "=CUBEVALUE(\"Kub\",\"Summa\")"));
    }

    @Test
    void excelErrorCellsAreRefusedEachWithRowColumnAndTheError() {
        var result = preview("fel.xlsx", TestWorkbooks.caseFile("funding-excel-error-cells.xlsx"));

        assertThat(result.accepted()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).containsExactly(
                new ImportProblem(2, "Planerat", "spreadsheet.error.excel-error", "#N/A"),
                new ImportProblem(3, "Planerat", "spreadsheet.error.excel-error", "#REF!"),
                new ImportProblem(3, "Utfall", "spreadsheet.error.excel-error", "#DIV/0!"));
        assertThat(result.problems().getFirst().message(key -> "Excel-fel {0}")).isEqualTo("Excel-fel #N/A");
    }

    @Test
    void floatingPointNoiseBelowAnOreIsReadAsExcelShowsItAndARealFractionIsRefusedNamingTheStoredValue() {
        var noise = preview("brus.xlsx", workbook(row -> row.createCell(3).setCellValue(124599.99999999999)));
        var fraction = preview("ore.xlsx", workbook(row -> row.createCell(3).setCellValue(124599.996)));

        assertThat(noise.problems()).isEmpty();
        assertThat(noise.rows()).singleElement().extracting(FundingImportResult.Row::plannedAfter).isEqualTo(124_600L);
        assertThat(fraction.problems()).containsExactly(
                new ImportProblem(2, "Planerat", Kronor.NOT_WHOLE, "124599.996"));
    }

    @Test
    void namesEndingInANoBreakSpaceAreMatched() {
        var result = preview("namn.csv", TestWorkbooks.caseFile("funding-no-break-space-in-names.csv"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(FundingImportResult.Row::clusterName, r -> r.stream().name(),
                        FundingImportResult.Row::year, FundingImportResult.Row::plannedAfter)
                .containsExactly(tuple("Mobile Heights", "Regional basfinansiering", 2021, 1_050_000L),
                        tuple("Packbridge", "Medlemsavgifter", 2021, 1_600_000L));
    }

    @Test
    void decomposedLettersAndZeroWidthCharactersMatchToo() {
        byte[] file = (HEADER + "\nBeso\u0308ksna\u0308ringsklustret Ska\u030ane;Regional\u200b basfinansiering;2021;1 100 000;\n")
                .getBytes(StandardCharsets.UTF_8);

        var result = preview("mac.csv", file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().extracting(FundingImportResult.Row::clusterName)
                .isEqualTo("Besöksnäringsklustret Skåne");
    }

    @Test
    void excelsWindows1252CsvIsReadAndThePreviewSaysWhichEncoding() {
        var result = preview("excel.csv", TestWorkbooks.caseFile("funding-excel-csv-windows-1252.csv"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.clusterName()).isEqualTo("Besöksnäringsklustret Skåne");
            assertThat(row.plannedAfter()).isEqualTo(1_100_000);
            assertThat(row.actualAfter()).isEqualTo(row.actualBefore());
        });
        assertThat(result.source()).contains(new Spreadsheets.Source(false,
                Optional.of(Spreadsheets.Encoding.WINDOWS_1252), Optional.of(";"), false));
    }

    @Test
    void theSeparatorHintIsHonouredAndSkipped() {
        var result = preview("sep.csv", TestWorkbooks.caseFile("funding-sep-hint-line.csv"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.row()).as("numbered as Excel shows it, the hint hidden").isEqualTo(2);
            assertThat(row.stream().name()).isEqualTo("Medlemsavgifter");
            assertThat(row.plannedAfter()).isEqualTo(900_000);
        });
        assertThat(result.source()).hasValueSatisfying(source -> assertThat(source.separatorHint()).isTrue());
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() {
        byte[] windows1252 = "sep=,\nKluster,Finansieringskälla,År,Planerat\nPackbridge,Medlemsavgifter,2021,\"1 600 000\"\n"
                .getBytes(Charset.forName("windows-1252"));

        assertThat(preview("lösen.xlsx", TestWorkbooks.passwordProtected(workbook(row -> { }))).problems())
                .extracting(ImportProblem::row, ImportProblem::reasonKey)
                .containsExactly(tuple(0, "spreadsheet.error.encrypted"));
        assertThat(preview("gammal.xls", TestWorkbooks.xls()).problems()).extracting(ImportProblem::reasonKey)
                .containsExactly("spreadsheet.error.old-xls");
        assertThat(preview("komma.csv", windows1252).rows()).singleElement()
                .extracting(FundingImportResult.Row::plannedAfter).isEqualTo(1_600_000L);
    }

    /** A workbook of the import's columns and one row of Mobile Heights' base funding 2021, completed by {@code cells}. */
    private static byte[] workbook(java.util.function.Consumer<org.apache.poi.ss.usermodel.Row> cells) {
        return TestWorkbooks.xlsx(workbook -> {
            var sheet = workbook.createSheet("Finansiering");
            var header = sheet.createRow(0);
            String[] names = HEADER.split(";");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Mobile Heights");
            row.createCell(1).setCellValue("Regional basfinansiering");
            row.createCell(2).setCellValue(2021);
            cells.accept(row);
        });
    }
}
