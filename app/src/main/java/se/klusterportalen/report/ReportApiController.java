package se.klusterportalen.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.rejection.Rejection;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The reports as PDF for the caller's region: {@code GET /api/v1/reports/region.pdf?lang=sv|en&programme={id}}
 * (programme optional: the newest), {@code GET /api/v1/reports/region.xlsx?lang=sv|en} (the workbook of everything) and
 * {@code GET /api/v1/reports/clusters/{id}.pdf?lang=sv|en}. Swedish when
 * {@code lang} is absent; another language is a 400, another region's or an unknown id a 404.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Reports")
class ReportApiController {

    private final ReportService reports;

    ReportApiController(ReportService reports) {
        this.reports = reports;
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "The region report as PDF (A4, sv or en)",
            description = "`programme` picks the programme (default the newest), `lang` sv (default) or en. Sections the caller may not read are left out.")
    @GetMapping("/api/v1/reports/region.pdf")
    ResponseEntity<byte[]> region(@RequestParam(defaultValue = "sv") String lang,
                                  @RequestParam Optional<String> programme) {
        Optional<ProgrammeId> programmeId = programme.map(id -> new ProgrammeId(uuid(id)));
        return pdf(reports.regionPdf(programmeId, language(lang)), "region-report.pdf");
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Everything of the region as one workbook (.xlsx, a sheet per area)",
            description = "Money in whole kronor, dates as dates. Sections the caller may not read are left out.")
    @GetMapping("/api/v1/reports/region.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(defaultValue = "sv") String lang,
                                    @RequestParam Optional<String> programme) {
        Optional<ProgrammeId> programmeId = programme.map(id -> new ProgrammeId(uuid(id)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("region.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(reports.workbook(programmeId, language(lang)));
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "A one-page cluster report as PDF (A4, sv or en)",
            description = "`lang` sv (default) or en.")
    @GetMapping("/api/v1/reports/clusters/{id}.pdf")
    ResponseEntity<byte[]> cluster(@PathVariable String id, @RequestParam(defaultValue = "sv") String lang) {
        return pdf(reports.clusterPdf(ClusterId.parse(id), language(lang)), "cluster-report.pdf");
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new Rejection.NotFound();
        }
    }

    private static Locale language(String lang) {
        return switch (lang) {
            case "sv" -> Locale.of("sv", "SE");
            case "en" -> Locale.ENGLISH;
            default -> throw new Rejection.Invalid("lang", "report.language.invalid");
        };
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
