package se.klusterportalen.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.assessment.AssessmentFixtures;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.ProgrammeFixtures;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The PDF reports and the workbook: the text a reader (or a screen reader) extracts holds the region, the figures
 * of the data (a cluster the test adds, the demo programme's) and nothing of another region. Each test is one
 * rolled-back transaction (ADR 0008). The PDFs are written to target/reports for a look (pdftoppm -png).
 */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class ReportIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ReportService reports;
    @Autowired ClusterService clusters;
    @Autowired ClusterFixtures fixtures;
    @Autowired AssessmentFixtures rounds;
    @Autowired ProgrammeFixtures programmes;

    private static String text(byte[] pdf, String saveAs) throws IOException {
        Path folder = Path.of("target", "reports");
        Files.createDirectories(folder);
        Files.write(folder.resolve(saveAs), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }


    @Test
    void theRegionReportHoldsTheRegionItsFiguresAndNoOtherRegion() throws IOException {
        String added = "Åäö-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        fixtures.createWithProfile(added);
        login.as(SKANE_POLITICIAN);

        byte[] pdf = reports.regionPdf(Optional.empty(), Locale.of("sv", "SE"));

        String text = text(pdf, "region-sv.pdf");
        assertThat(text).contains("Regionrapport – Region Skåne", "Klusterutvecklingsprogram 2017–2021",
                "Mobile Heights", "Media Evolution", added, "Sida 1 av");
        // the nine active demo clusters and the one added (the visitor cluster is being set up)
        assertThat(text).contains("klusterinitiativ, varav 10");
        // demo data: 2019 is reported by 9 of the 10 clusters that planned money, marked as partly reported
        assertThat(text).contains("9 av 10 kluster —", "delvis rapporterat", "* Delvis rapporterat år");
        assertThat(text).contains("2017", "2021").doesNotContain("Paper Province", "Norra Mellansverige", "Dalarna");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Regionrapport – Region Skåne");
            // tagged for accessibility: a structure tree and the document's language
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        }
    }

    @Test
    void theEnglishRegionReportHasOneMoneyFormatAndNoHeadingRepeatedAsCaption() throws IOException {
        login.as(SKANE_POLITICIAN);

        String text = text(reports.regionPdf(Optional.empty(), Locale.ENGLISH), "region-en.pdf");

        assertThat(text).contains("(plan): 1,35 kr per regional krona").doesNotContain("(plan): SEK", "Milestones\nMilestones");
    }

    @Test
    void theRegionReportShowsThePhaseDistributionOfTheNewestFixedRoundAndItsChange() throws IOException {
        String alpha = ClusterFixtures.unique("Alfa");
        String beta = ClusterFixtures.unique("Beta");
        ClusterId a = fixtures.create(alpha);
        ClusterId b = fixtures.create(beta);
        String before = ClusterFixtures.unique("Omgång");
        String now = ClusterFixtures.unique("Omgång");
        // dimensions S, O, N, A, F; before: overall 1 and 2, now: 2 and 4 (both rose)
        rounds.fixedRound(before, java.time.Instant.parse("2090-03-01T10:00:00Z"),
                java.util.Map.of(a, new int[]{1, 1, 1, 1, 2}, b, new int[]{2, 2, 2, 1, 1}));
        rounds.fixedRound(now, java.time.Instant.parse("2091-03-01T10:00:00Z"),
                java.util.Map.of(a, new int[]{2, 2, 2, 1, 1}, b, new int[]{4, 4, 4, 3, 3}));
        // the report's phases are those of its programme (the newest: this one) in its years
        programmes.programme(ProgrammeFixtures.unique("Fasprogram"), 2090, 2091, java.util.List.of(a, b));
        login.as(SKANE_POLITICIAN);

        String text = text(reports.regionPdf(Optional.empty(), Locale.of("sv", "SE")), "region-phases-sv.pdf")
                .replaceAll("\\s+", " ");

        assertThat(text).contains("Fasfördelning – omgång " + now,
                "Jämfört med omgång " + before + ": 2 kluster steg i samlad fas, 0 gick ned och 0 låg kvar.",
                "Fasmatris – omgång " + now, alpha, beta, "Region Skåne");
        // overall: phase 2 one cluster (+0 against one before), phase 4 one (+1); median 3 against 1.5: +1,5
        assertThat(text).contains("Samlad fas 0 (−1) 1 (±0) 0 (±0) 1 (+1) 3 +1,5");
        assertThat(text).doesNotContain("Paper Province", "Norra Mellansverige");
    }

    @Test
    void theClusterReportIsOnePageInEnglishToo() throws IOException {
        login.as(SKANE_POLITICIAN);
        var mobileHeights = fixtures.idOf("Mobile Heights");

        byte[] sv = reports.clusterPdf(mobileHeights, Locale.of("sv", "SE"));
        byte[] en = reports.clusterPdf(mobileHeights, Locale.ENGLISH);

        assertThat(text(sv, "cluster-sv.pdf")).contains("Mobile Heights", "Region Skåne", "Utvecklingsfas",
                "Kvalitetsmärkning", "Sida 1 av 1");
        assertThat(text(en, "cluster-en.pdf")).contains("Mobile Heights", "Development phase", "Quality label",
                "Page 1 of 1").doesNotContain("Paper Province");
        try (PDDocument document = Loader.loadPDF(sv)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void theWorkbookHasASheetPerAreaWithNumbersAndTheReportingRule() throws IOException {
        String added = ClusterFixtures.unique("Arbetsbokskluster");
        fixtures.createWithProfile(added);
        login.as(SKANE_POLITICIAN);

        byte[] xlsx = reports.workbook(Optional.empty(), Locale.of("sv", "SE"));

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var names = new java.util.ArrayList<String>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).contains("Portfölj", "Medlemmar", "Finansiering", "Finansiering per år", "Märkningar",
                    "Mål", "Milstolpar");
            var portfolio = workbook.getSheet("Portfölj");
            assertThat(portfolio.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kluster");
            assertThat(portfolio.getLastRowNum()).isEqualTo(11);
            var years = workbook.getSheet("Finansiering per år");
            var y2019 = years.getRow(3);
            assertThat(y2019.getCell(0).getNumericCellValue()).isEqualTo(2019d);
            assertThat(y2019.getCell(4).getNumericCellValue()).isEqualTo(10d);
            assertThat(y2019.getCell(5).getNumericCellValue()).isEqualTo(9d);
            assertThat(y2019.getCell(6).getStringCellValue()).isEqualTo("Delvis rapporterat");
            assertThat(y2019.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"kr\"");
            var amounts = workbook.getSheet("Finansiering");
            assertThat(amounts.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Utfall (kr)");
            var rows = new java.util.ArrayList<org.apache.poi.ss.usermodel.Row>();
            amounts.forEach(row -> { if (row.getRowNum() > 0) rows.add(row); });
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"kr\"");
                var actual = row.getCell(5, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                assertThat(actual.getCellType()).as("an amount or a blank cell, never empty text")
                        .isIn(org.apache.poi.ss.usermodel.CellType.NUMERIC, org.apache.poi.ss.usermodel.CellType.BLANK);
            });
            assertThat(rows).as("Media Evolution has not reported 2021").anySatisfy(row -> assertThat(
                    row.getCell(5, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK));
            var members = workbook.getSheet("Medlemmar");
            assertThat(members.getRow(1).getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            StringBuilder all = new StringBuilder();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(cell).append('|'))));
            assertThat(all).contains("Mobile Heights", added).doesNotContain("Paper Province");
        }
    }
}
