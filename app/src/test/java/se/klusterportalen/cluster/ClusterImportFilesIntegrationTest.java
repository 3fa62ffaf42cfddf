package se.klusterportalen.cluster;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.klusterportalen.spreadsheet.ImportProblem;
import se.klusterportalen.spreadsheet.Spreadsheets;
import se.klusterportalen.spreadsheet.TestWorkbooks;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * The cluster and member imports read files as officers' tools make them, through the service the upload view and
 * the REST API call: the same cell, text and CSV rules as the funding import.
 */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class ClusterImportFilesIntegrationTest {

    private static final String PREFIX = "Testkluster BH-9";

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @PersistenceContext EntityManager entityManager;



    @Test
    void theSixSpellingsOfOneOrganisationNumberAreAllAcceptedAndStoredInOneForm() {
        byte[] file = TestWorkbooks.caseFile("clusters-organisation-number-variants.csv");

        var preview = clusters.previewImport(ImportKind.CLUSTERS, "orgnr.csv", file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(ImportResult.Line::subject, line -> line.values().get("Organisationsnummer"))
                .containsExactly(tuple("Testkluster BH-9a", "559900-1236"), tuple("Testkluster BH-9b", "559900-1236"),
                        tuple("Testkluster BH-9c", "559900-1236"), tuple("Testkluster BH-9d", "559900-1236"),
                        tuple("Testkluster BH-9e", "559900-1236"), tuple("Testkluster BH-9f", "559900-1236"));

        clusters.applyImport(ImportKind.CLUSTERS, "orgnr.csv", file);

        List<String> stored = jdbc(
                "SELECT host_org_number FROM cluster WHERE name LIKE '" + PREFIX + "%' ORDER BY name");
        assertThat(stored).containsExactly("559900-1236", "559900-1236", "559900-1236", "559900-1236",
                "559900-1236", "559900-1236");
    }

    @Test
    void organisationNumberErrorsNameTheRealProblemAndHiddenCharacters() {
        byte[] file = ("Namn;Organisationsnummer\n"
                + PREFIX + "x;559900-1237\n"
                + PREFIX + "y;559900-123\n"
                + PREFIX + "z;55990O-1236\n"
                + PREFIX + "w;559900\u20131237\n").getBytes(StandardCharsets.UTF_8);

        var preview = clusters.previewImport(ImportKind.CLUSTERS, "orgnr.csv", file);

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::reasonKey).containsExactly(
                tuple(2, "cluster.error.org-number.check-digit"), tuple(3, "cluster.error.org-number.length"),
                tuple(4, "cluster.error.org-number.not-digits"), tuple(5, "cluster.error.org-number.check-digit.hidden"));
    }

    @Test
    void excelErrorsAndUncalculatedFormulasInTheMemberImportAreHandledLikeTheFundingImport() {
        String[] header = {"Kluster", "År", "Små och medelstora företag", "Stora företag",
                "Akademi/forskningsinstitut", "Offentlig sektor", "Övriga"};
        byte[] file = TestWorkbooks.xlsx(workbook -> {
            var sheet = workbook.createSheet("Medlemmar");
            var first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Mobile Heights\u00a0");
            row.createCell(1).setCellValue(2020);
            row.createCell(2).setCellFormula("40+45");
            row.createCell(3).setCellValue(10);
            row.createCell(4).setCellValue(5);
            row.createCell(5).setCellValue(2);
            row.createCell(6).setCellValue(1.0000000000000002);
        });
        byte[] broken = TestWorkbooks.xlsx(workbook -> {
            var sheet = workbook.createSheet("Medlemmar");
            var first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Mobile Heights");
            row.createCell(1).setCellValue(2020);
            row.createCell(2).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
        });

        var read = clusters.previewImport(ImportKind.MEMBERS, "medlemmar.xlsx", file);
        var refused = clusters.previewImport(ImportKind.MEMBERS, "medlemmar.xlsx", broken);

        assertThat(read.problems()).isEmpty();
        assertThat(read.lines()).singleElement().satisfies(line -> {
            assertThat(line.subject()).isEqualTo("Mobile Heights 2020");
            assertThat(line.values()).containsEntry("Små och medelstora företag", "85").containsEntry("Övriga", "1");
        });
        assertThat(refused.problems()).containsExactly(
                new ImportProblem(2, "Små och medelstora företag", "spreadsheet.error.excel-error", "#N/A"));
    }

    @Test
    void aClusterCsvFromExcelInWindows1252WithASeparatorHintIsRead() {
        byte[] file = ("sep=;\r\nNamn;Län;Bransch/tema;Värdorganisation\r\n"
                + PREFIX + "ö;Skåne;Livsmedel\u00a0och  dryck;Föreningen\u00a0Öresund\r\n")
                .getBytes(Charset.forName("windows-1252"));

        var preview = clusters.previewImport(ImportKind.CLUSTERS, "kluster.csv", file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.source()).hasValueSatisfying(source -> {
            assertThat(source.encoding()).contains(Spreadsheets.Encoding.WINDOWS_1252);
            assertThat(source.separatorHint()).isTrue();
        });
        assertThat(preview.lines()).singleElement().satisfies(line -> {
            assertThat(line.row()).isEqualTo(2);
            assertThat(line.subject()).isEqualTo(PREFIX + "ö");
            assertThat(line.values()).containsEntry("Län", "Skåne län")
                    .containsEntry("Bransch/tema", "Livsmedel och dryck")
                    .containsEntry("Värdorganisation", "Föreningen Öresund");
        });
    }

    @Test
    void anExistingClusterIsMatchedByANameWithNoBreakSpacesOrDecomposedLetters() {
        byte[] file = ("Namn;Bransch/tema\nMobile\u00a0Heights\u00a0;IoT\nBeso\u0308ksna\u0308ringsklustret Ska\u030ane;Besöksnäring\n")
                .getBytes(StandardCharsets.UTF_8);

        var preview = clusters.previewImport(ImportKind.CLUSTERS, "namn.csv", file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(ImportResult.Line::subject)
                .containsExactly("Mobile Heights", "Besöksnäringsklustret Skåne");
        assertThat(preview.lines()).extracting(ImportResult.Line::action).doesNotContain(ImportResult.Action.CREATE);
    }

    private List<String> jdbc(String sql) {
        entityManager.flush();
        return jdbc.queryForList(sql, String.class);
    }
}
