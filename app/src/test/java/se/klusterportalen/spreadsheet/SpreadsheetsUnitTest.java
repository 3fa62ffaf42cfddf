package se.klusterportalen.spreadsheet;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The one reader behind every import: cells as Excel shows them, faults with row and column, files as tools write them. */
class SpreadsheetsUnitTest {

    private static final String HEADER = "Kluster;Finansieringskälla;År;Planerat;Utfall";

    // ---- cells ------------------------------------------------------------------------------------------------

    @Test
    void aFormulaSavedWithoutItsResultIsCalculatedNeverZero() throws Exception {
        var table = Spreadsheets.read("fil.xlsx", TestWorkbooks.caseFile("funding-formula-without-cached-value.xlsx"));

        assertThat(table.faults()).isEmpty();
        assertThat(table.rows().getFirst()).containsExactly("Mobile Heights", "Regional basfinansiering", "2021",
                "1250000", "");
    }

    @Test
    void aFormulaPoiMadeWithoutAResultIsCalculatedAndOneThatCannotBeIsAFaultNamingIt() throws Exception {
        byte[] file = sheet(workbook -> {
            var row = workbook.getSheetAt(0).createRow(1);
            row.createCell(0).setCellFormula("2*600000+50000");
            row.createCell(1).setCellFormula("CUBEVALUE(\"Kub\",\"[Mått].[Summa]\")");
        });

        var table = Spreadsheets.read("fil.xlsx", file);

        assertThat(table.rows().getFirst().getFirst()).isEqualTo("1250000");
        assertThat(table.faults()).containsExactly(new Spreadsheets.CellFault(2, 1, "spreadsheet.error.formula",
                "=CUBEVALUE(\"Kub\",\"[Mått].[Summa]\")"));
        assertThat(table.columnName(1)).isEqualTo("Finansieringskälla");
        assertThat(table.columnName(7)).as("a column without a header is named by its letter").isEqualTo("H");
    }

    @Test
    void excelErrorValuesAreFaultsWithTheirRowColumnAndValue() throws Exception {
        var table = Spreadsheets.read("fil.xlsx", TestWorkbooks.caseFile("funding-excel-error-cells.xlsx"));

        assertThat(table.faults()).extracting(Spreadsheets.CellFault::row, f -> table.columnName(f.column()),
                        Spreadsheets.CellFault::reasonKey, Spreadsheets.CellFault::value)
                .containsExactly(tuple(2, "Planerat", "spreadsheet.error.excel-error", "#N/A"),
                        tuple(3, "Planerat", "spreadsheet.error.excel-error", "#REF!"),
                        tuple(3, "Utfall", "spreadsheet.error.excel-error", "#DIV/0!"));
    }

    @Test
    void aFormulaWhoseStoredOrCalculatedResultIsAnErrorIsAFault() throws Exception {
        byte[] file = sheet(workbook -> {
            var row = workbook.getSheetAt(0).createRow(1);
            row.createCell(0).setCellFormula("1/0");
            var cached = row.createCell(1);
            cached.setCellFormula("VLOOKUP(1,A1:A2,2,FALSE)");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cached);
        });

        var table = Spreadsheets.read("fil.xlsx", file);

        assertThat(table.faults()).extracting(Spreadsheets.CellFault::column, Spreadsheets.CellFault::value)
                .containsExactly(tuple(0, FormulaError.DIV0.getString()), tuple(1, FormulaError.NA.getString()));
    }

    @Test
    void numbersAreReadAsExcelShowsThemSoFloatingPointNoiseBelowAnOreDisappearsAndRealFractionsStay()
            throws Exception {
        byte[] file = sheet(workbook -> {
            var row = workbook.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue(124599.99999999999);
            row.createCell(1).setCellValue(0.1 + 0.2);
            row.createCell(2).setCellValue(124599.996);
            row.createCell(3).setCellValue(1_250_000);
            row.createCell(4).setCellValue(2.5);
        });

        var cells = Spreadsheets.read("fil.xlsx", file).rows().getFirst();

        assertThat(cells).containsExactly("124600", "0.3", "124599.996", "1250000", "2.5");
    }

    @Test
    void textCellsArriveNormalised() throws Exception {
        byte[] file = sheet(workbook -> workbook.getSheetAt(0).createRow(1).createCell(0)
                .setCellValue("\u200bMobile\u00a0\u00a0Heights\u00a0"));

        assertThat(Spreadsheets.read("fil.xlsx", file).rows().getFirst()).containsExactly("Mobile Heights");
    }

    // ---- files that cannot be read say why ----------------------------------------------------------------------

    @Test
    void aWorkbookWithABloatedStyleTableIsRead() throws Exception {
        byte[] plain = sheet(workbook -> workbook.getSheetAt(0).createRow(1).createCell(0).setCellValue("Packbridge"));
        // what years of copy and paste leave: tens of thousands of near-identical styles, Excel's limit is 64 000
        byte[] bloated = TestWorkbooks.withPart(plain, "xl/styles.xml", out -> {
            TestWorkbooks.write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"60000\">");
            for (int i = 0; i < 60_000; i++) {
                TestWorkbooks.write(out, "<xf numFmtId=\"" + (i % 50) + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>");
            }
            TestWorkbooks.write(out, "</cellStyleXfs><cellXfs count=\"60000\">");
            for (int i = 0; i < 60_000; i++) {
                TestWorkbooks.write(out, "<xf numFmtId=\"" + (i % 50) + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\""
                        + i + "\"/>");
            }
            TestWorkbooks.write(out, "</cellXfs><cellStyles count=\"60000\">");
            for (int i = 0; i < 60_000; i++) {
                TestWorkbooks.write(out, "<cellStyle name=\"Normal " + i + "\" xfId=\"" + i + "\"/>");
            }
            TestWorkbooks.write(out, "</cellStyles></styleSheet>");
        });
        assertThat(bloated.length).isLessThan(plain.length + 1_000_000);

        var table = Spreadsheets.read("kluster.xlsx", bloated);

        assertThat(table.rows().getFirst()).containsExactly("Packbridge");
    }

    @Test
    void aWorkbookThatUnpacksToFarMoreThanItsSizeIsRefusedAsSuch() {
        byte[] plain = sheet(workbook -> workbook.getSheetAt(0).createRow(1).createCell(0).setCellValue("x"));
        // a crafted sheet: 300 MB of nothing, packed to a few hundred kB
        byte[] bomb = TestWorkbooks.withPart(plain, "xl/worksheets/sheet1.xml", out -> {
            TestWorkbooks.write(out, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            String spaces = " ".repeat(1 << 20);
            for (int i = 0; i < 300; i++) {
                TestWorkbooks.write(out, spaces);
            }
            TestWorkbooks.write(out, "<sheetData/></worksheet>");
        });
        assertThat(bomb.length).isLessThan(Spreadsheets.MAX_BYTES);

        assertThatThrownBy(() -> Spreadsheets.read("fil.xlsx", bomb))
                .hasMessage("spreadsheet.error.unpacks-too-large");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedAsSuch() {
        byte[] file = TestWorkbooks.passwordProtected(sheet(workbook -> { }));

        assertThatThrownBy(() -> Spreadsheets.read("fil.xlsx", file)).hasMessage("spreadsheet.error.encrypted");
    }

    @Test
    void anOldXlsIsRefusedAsSuchWhateverItsName() {
        assertThatThrownBy(() -> Spreadsheets.read("fil.xls", TestWorkbooks.xls()))
                .hasMessage("spreadsheet.error.old-xls");
        assertThatThrownBy(() -> Spreadsheets.read("fil.xlsx", TestWorkbooks.xls()))
                .hasMessage("spreadsheet.error.old-xls");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedAsSuch() {
        byte[] html = "<html><body><table><tr><td>Kluster</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] someZip = TestWorkbooks.withPart(sheet(workbook -> { }), "[Content_Types].xml",
                out -> TestWorkbooks.write(out, "<Types/>"));

        assertThatThrownBy(() -> Spreadsheets.read("fil.xlsx", html)).hasMessage("spreadsheet.error.not-a-workbook");
        assertThatThrownBy(() -> Spreadsheets.read("fil.xlsx", someZip))
                .hasMessage("spreadsheet.error.not-a-workbook");
        assertThatThrownBy(() -> Spreadsheets.read("fil.pdf", html)).hasMessage("spreadsheet.error.file-type");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAsTooLarge() {
        assertThatThrownBy(() -> Spreadsheets.read("fil.xlsx", new byte[Spreadsheets.MAX_BYTES + 1]))
                .hasMessage("spreadsheet.error.too-large");
    }

    // ---- .csv as Swedish Excel writes it ---------------------------------------------------------------------

    @Test
    void excelsSemicolonCsvInWindows1252IsReadAndSaysSo() throws Exception {
        var table = Spreadsheets.read("fil.csv", TestWorkbooks.caseFile("funding-excel-csv-windows-1252.csv"));

        assertThat(table.headers()).containsExactly("Kluster", "Finansieringskälla", "År", "Planerat", "Utfall");
        assertThat(table.rows()).containsExactly(
                List.of("Besöksnäringsklustret Skåne", "Regional basfinansiering", "2021", "1 100 000", ""));
        assertThat(table.source()).isEqualTo(new Spreadsheets.Source(false,
                Optional.of(Spreadsheets.Encoding.WINDOWS_1252), Optional.of(";"), false));
    }

    @Test
    void utf8WithAndWithoutAByteOrderMarkAndUtf16AreReadAndNamed() throws Exception {
        String text = HEADER + "\r\nPackbridge;Medlemsavgifter;2021;1 600 000;\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        byte[] utf16 = ("\uFEFF" + text.replace(';', '\t')).getBytes(StandardCharsets.UTF_16LE);

        for (var file : List.of(utf8, withBom, utf16)) {
            var table = Spreadsheets.read("fil.csv", file);
            assertThat(table.headers()).containsExactly("Kluster", "Finansieringskälla", "År", "Planerat", "Utfall");
            assertThat(table.rows().getFirst()).containsExactly("Packbridge", "Medlemsavgifter", "2021", "1 600 000", "");
        }
        assertThat(Spreadsheets.read("fil.csv", utf8).source().encoding()).contains(Spreadsheets.Encoding.UTF_8);
        assertThat(Spreadsheets.read("fil.csv", withBom).source().encoding()).contains(Spreadsheets.Encoding.UTF_8_BOM);
        assertThat(Spreadsheets.read("fil.csv", utf16).source().encoding()).contains(Spreadsheets.Encoding.UTF_16);
        assertThat(Spreadsheets.read("fil.csv", utf16).source().separator()).contains("\t");
    }

    @Test
    void excelsSeparatorHintIsHonouredAndSkipped() throws Exception {
        var table = Spreadsheets.read("fil.csv", TestWorkbooks.caseFile("funding-sep-hint-line.csv"));

        assertThat(table.headers()).containsExactly("Kluster", "Finansieringskälla", "År", "Planerat", "Utfall");
        assertThat(table.rows()).containsExactly(List.of("Mobile Heights", "Medlemsavgifter", "2021", "900 000", ""));
        assertThat(table.source().separatorHint()).isTrue();

        var comma = Spreadsheets.read("fil.csv", "sep=,\nNamn,Beskrivning\n\"Packbridge\",\"Förpackning; logistik\"\n"
                .getBytes(Charset.forName("windows-1252")));
        assertThat(comma.rows()).containsExactly(List.of("Packbridge", "Förpackning; logistik"));
        assertThat(comma.source().separator()).contains(",");
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaksAndAnUnclosedQuoteIsNamed() throws Exception {
        var table = Spreadsheets.read("fil.csv", ("Namn;Beskrivning\r\n\"Media \"\"Evolution\"\"\";\"rad ett\r\nrad två; med semikolon\"\r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(table.rows()).containsExactly(List.of("Media \"Evolution\"", "rad ett rad två; med semikolon"));
        assertThatThrownBy(() -> Spreadsheets.read("fil.csv", "Namn;Beskrivning\n\"Media;x\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("spreadsheet.error.unclosed-quote");
    }

    private static byte[] sheet(Consumer<XSSFWorkbook> fill) {
        return TestWorkbooks.xlsx(workbook -> {
            var header = workbook.createSheet("Blad1").createRow(0);
            String[] names = HEADER.split(";");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            fill.accept(workbook);
        });
    }
}
