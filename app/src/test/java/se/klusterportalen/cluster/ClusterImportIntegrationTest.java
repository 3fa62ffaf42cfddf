package se.klusterportalen.cluster;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.klusterportalen.spreadsheet.ImportProblem;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.AuditTrail;
import se.klusterportalen.testsupport.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.cluster.ImportResult.Action.CHANGE;
import static se.klusterportalen.cluster.ImportResult.Action.CREATE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class ClusterImportIntegrationTest {

    static final String PREFIX = "Testkluster import ";

    @Autowired ClusterService clusters;
    @Autowired ClusterFixtures fixtures;
    @Autowired AuditTrail audit;

    private int clusterCount() {
        return fixtures.count("SELECT count(*) FROM cluster");
    }

    private int memberYearCount() {
        return fixtures.count("SELECT count(*) FROM cluster_member_year");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Blad1");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Refused as a whole: applying answers with the preview's problems, and neither clusters nor member counts changed. */
    private ImportResult assertRejectedAndNothingSaved(ImportKind kind, String fileName, byte[] content) {
        int clustersBefore = clusterCount();
        int yearsBefore = memberYearCount();
        var preview = clusters.previewImport(kind, fileName, content);
        assertThat(preview.problems()).isNotEmpty();
        var applied = clusters.applyImport(kind, fileName, content);
        assertThat(applied.refused()).isTrue();
        assertThat(applied.problems()).isEqualTo(preview.problems());
        assertThat(clusterCount()).isEqualTo(clustersBefore);
        assertThat(memberYearCount()).isEqualTo(yearsBefore);
        return preview;
    }

    @Test
    void aSemicolonCsvWithDecimalCommasIsPreviewedThenImported() {
        byte[] file = utf8("\uFEFFNamn;Bransch/tema;Län;Årsarbetskrafter ledning;Engelsk webbplats\n"
                + PREFIX + "Ett;Testbransch;Skåne;1,5;ja\n"
                + "Packbridge;Förpackning och logistik;Skåne län;2,75;ja\n");
        int before = clusterCount();

        var preview = clusters.previewImport(ImportKind.CLUSTERS, "kluster.csv", file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(ImportResult.Line::row, ImportResult.Line::subject, ImportResult.Line::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, PREFIX + "Ett", CREATE),
                        org.assertj.core.groups.Tuple.tuple(3, "Packbridge", CHANGE));
        assertThat(preview.lines().get(1).changedColumns()).containsExactly("Årsarbetskrafter ledning");
        assertThat(clusterCount()).as("a preview saves nothing").isEqualTo(before);

        clusters.applyImport(ImportKind.CLUSTERS, "kluster.csv", file);

        assertThat(clusterCount()).isEqualTo(before + 1);
        var created = clusters.portfolio().stream().filter(r -> r.name().equals(PREFIX + "Ett")).findFirst().orElseThrow();
        var profile = clusters.profile(created.id()).orElseThrow();
        assertThat(profile.managementFte()).isEqualByComparingTo("1.5");
        assertThat(profile.county()).isEqualTo(County.SKANE);
        assertThat(profile.englishWebsite()).isTrue();
        var packbridge = clusters.portfolio().stream().filter(r -> r.name().equals("Packbridge")).findFirst().orElseThrow();
        assertThat(clusters.profile(packbridge.id()).orElseThrow().managementFte()).isEqualByComparingTo("2.75");
        audit.record();
        assertThat(clusters.history(packbridge.id()).getFirst().username()).isEqualTo(SKANE_OFFICER);
    }

    @Test
    void aCommaCsvTakesQuotedDecimalCommas() {
        byte[] file = utf8("Namn,Årsarbetskrafter ledning,Beskrivning\n\"" + PREFIX + "Två\",\"0,8\",\"Med \"\"citat\"\", och komma\"\n");

        clusters.applyImport(ImportKind.CLUSTERS, "kluster.csv", file);

        var id = clusters.list().stream().filter(c -> c.name().equals(PREFIX + "Två")).findFirst().orElseThrow().id();
        var profile = clusters.profile(id).orElseThrow();
        assertThat(profile.managementFte()).isEqualByComparingTo(new BigDecimal("0.8"));
        assertThat(profile.description()).isEqualTo("Med \"citat\", och komma");
    }

    @Test
    void memberCountsComeFromAnXlsxFile() throws IOException {
        var draft = clusters.newDraft();
        draft.setName(PREFIX + "Medlemmar");
        var id = clusters.create(draft);
        byte[] file = xlsx(List.of(
                List.of("Kluster", "År", "Små och medelstora företag", "Stora företag", "Akademi/forskningsinstitut",
                        "Offentlig sektor", "Övriga"),
                List.of(PREFIX + "Medlemmar", 2020, 10, 2, 1, 1, 0),
                List.of(PREFIX + "medlemmar", 2021, 14, 3, 2, 1, 1)));

        var preview = clusters.previewImport(ImportKind.MEMBERS, "medlemmar.xlsx", file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(CREATE)).isEqualTo(2);

        clusters.applyImport(ImportKind.MEMBERS, "medlemmar.xlsx", file);

        var profile = clusters.profile(id).orElseThrow();
        assertThat(profile.members()).extracting(MemberCounts::year).containsExactly(2020, 2021);
        assertThat(profile.latestMembers().map(MemberCounts::total)).contains(21);
    }

    @Test
    void theTemplateHasTheColumnsAndExplainsThem() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(clusters.importTemplate(ImportKind.MEMBERS)))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kluster");
            assertThat(workbook.getSheet("Kolumner").getPhysicalNumberOfRows()).isEqualTo(8);
        }
        var templateAsFile = clusters.previewImport(ImportKind.CLUSTERS, "mall.xlsx", clusters.importTemplate(ImportKind.CLUSTERS));
        assertThat(templateAsFile.problems()).as("the template's own example row is valid").isEmpty();
    }

    @Test
    void aWrongTypeInACellNamesRowColumnAndValue() {
        var preview = assertRejectedAndNothingSaved(ImportKind.CLUSTERS, "kluster.csv", utf8(
                "Namn;Grundat år;Engelsk webbplats\n" + PREFIX + "A;2001;ja\n" + PREFIX + "B;nittonhundra;kanske\n"));

        assertThat(preview.problems()).containsExactly(
                new ImportProblem(3, "Grundat år", "spreadsheet.error.not-a-whole-number", "nittonhundra"),
                new ImportProblem(3, "Engelsk webbplats", "cluster.import.error.not-yes-no", "kanske"));
    }

    @Test
    void aMissingRequiredColumnIsReported() {
        var preview = assertRejectedAndNothingSaved(ImportKind.CLUSTERS, "kluster.csv",
                utf8("Bransch/tema;Län\nTest;Skåne\n"));

        assertThat(preview.problems()).containsExactly(
                new ImportProblem(1, "Namn", "spreadsheet.error.missing-column", ""));
    }

    @Test
    void aNameTwiceInTheFileIsReportedOnTheSecondRow() {
        var preview = assertRejectedAndNothingSaved(ImportKind.CLUSTERS, "kluster.csv",
                utf8("Namn\n" + PREFIX + "Dubbel\n" + PREFIX + "Annan\n" + PREFIX.toUpperCase() + "DUBBEL\n"));

        assertThat(preview.problems()).containsExactly(new ImportProblem(4, "Namn",
                "cluster.import.error.duplicate-name", PREFIX.toUpperCase() + "DUBBEL"));
    }

    @Test
    void tooLongTextAndABadOrganisationNumberAreReportedWithTheFormsRules() throws IOException {
        String longName = PREFIX + "x".repeat(200);
        var preview = assertRejectedAndNothingSaved(ImportKind.CLUSTERS, "kluster.xlsx", xlsx(List.of(
                List.of("Namn", "Organisationsnummer", "Status"),
                List.of(longName, "232100-0255", "Aktiv"),
                List.of(PREFIX + "Nummer", "232100-0256", "Avslutad"))));

        assertThat(preview.problems()).containsExactly(
                new ImportProblem(2, "Namn", "cluster.error.name.too-long", longName),
                new ImportProblem(3, "Avslutad datum", "cluster.error.closed-on.required", ""),
                new ImportProblem(3, "Organisationsnummer", "cluster.error.org-number.check-digit", "232100-0256"));
    }

    @Test
    void tenThousandRowsAreCheckedAndOneBadRowAtTheEndStopsThemAll() {
        var csv = new StringBuilder("Namn;Årsarbetskrafter ledning\n");
        for (int i = 1; i < 10_000; i++) {
            csv.append(PREFIX).append(i).append(";1,0\n");
        }
        csv.append(PREFIX).append("sista;en halv\n");

        var preview = assertRejectedAndNothingSaved(ImportKind.CLUSTERS, "stor.csv", utf8(csv.toString()));

        assertThat(preview.problems()).containsExactly(new ImportProblem(10_001, "Årsarbetskrafter ledning",
                "cluster.import.error.not-a-number", "en halv"));
        assertThat(preview.lines()).hasSize(9_999); // how long this takes: docs/benchmarks/imports.md
    }

    @Test
    void moreThanTenThousandRowsAreRefused() {
        var csv = new StringBuilder("Namn\n");
        for (int i = 0; i <= 10_000; i++) {
            csv.append(PREFIX).append(i).append('\n');
        }
        var preview = assertRejectedAndNothingSaved(ImportKind.CLUSTERS, "stor.csv", utf8(csv.toString()));

        assertThat(preview.problems()).containsExactly(
                new ImportProblem(0, "", "spreadsheet.error.too-many-rows", "10001"));
    }

    @Test
    void filesOfTheWrongKindAreRefusedAndAnAnsiCsvIsRead() {
        assertThat(assertRejectedAndNothingSaved(ImportKind.CLUSTERS, "rapport.pdf", utf8("%PDF-1.4 ...")).problems())
                .extracting(ImportProblem::reasonKey).containsExactly("spreadsheet.error.file-type");
        assertThat(assertRejectedAndNothingSaved(ImportKind.CLUSTERS, "trasig.xlsx", utf8("PK\u0003\u0004trasig")).problems())
                .extracting(ImportProblem::reasonKey).containsExactly("spreadsheet.error.not-a-workbook");
        var ansi = clusters.previewImport(ImportKind.CLUSTERS, "latin1.csv",
                ("Namn\n" + PREFIX + "Skåne\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(ansi.problems()).isEmpty();
        assertThat(ansi.lines()).extracting(ImportResult.Line::subject).containsExactly(PREFIX + "Skåne");
    }

    @Test
    void memberRowsForUnknownClustersOrWithBadCountsStopTheWholeFile() {
        var preview = assertRejectedAndNothingSaved(ImportKind.MEMBERS, "medlemmar.csv", utf8(
                "Kluster;År;Små och medelstora företag;Stora företag;Akademi/forskningsinstitut;Offentlig sektor;Övriga\n"
                        + "Packbridge;2019;150;20;10;15;5\n"
                        + "Finns Inte;2020;1;1;1;1;1\n"
                        + "Packbridge;2020;-3;20;10;15;5\n"));

        assertThat(preview.problems()).containsExactly(
                new ImportProblem(3, "Kluster", "cluster.import.error.unknown-cluster", "Finns Inte"),
                new ImportProblem(4, "Små och medelstora företag", "cluster.error.members.count", "-3"));
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void onlyOfficersImport() {
        assertThatThrownBy(() -> clusters.previewImport(ImportKind.CLUSTERS, "k.csv", utf8("Namn\nX\n")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
