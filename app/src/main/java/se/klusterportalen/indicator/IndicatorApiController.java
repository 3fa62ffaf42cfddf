package se.klusterportalen.indicator;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Import of follow-up reports in the block format for reporting tools (a programme officer's bearer token). The body
 * is the file as {@code multipart/form-data} field {@code file} (.tsv, .txt, .xlsx or .csv by its name) or the raw
 * text with {@code Content-Type: text/tab-separated-values}. Numbers are exact decimals. The preview saves nothing;
 * the import saves all or nothing (400 with the same JSON, {@code saved: false}, when the file has errors). Error
 * messages are Swedish unless {@code Accept-Language} prefers English.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Imports")
class IndicatorApiController {

    static final String TSV = "text/tab-separated-values";

    private final IndicatorService indicators;

    IndicatorApiController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Preview an indicator import (saves nothing)",
            description = "The file as multipart field `file` or as a `text/tab-separated-values` body: every value with its kind (exact, approximate, range, at least, sum, …) and numbers. Programme officers only.")
    @PostMapping(path = "/api/v1/indicators/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PreviewJson previewFile(@RequestParam("file") MultipartFile file,
                            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        return PreviewJson.of(indicators.preview(name(file), bytes(file)), false, language(language));
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Preview an indicator import (saves nothing)",
            description = "The file as multipart field `file` or as a `text/tab-separated-values` body: every value with its kind (exact, approximate, range, at least, sum, …) and numbers. Programme officers only.")
    @PostMapping(path = "/api/v1/indicators/import/preview", consumes = TSV)
    PreviewJson previewText(@RequestBody byte[] text,
                            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        return PreviewJson.of(indicators.preview("import.tsv", text), false, language(language));
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Import indicator values (all or nothing)",
            description = "Saves every value or none: 400 with the errors by line and column when any row is wrong. Programme officers only.")
    @PostMapping(path = "/api/v1/indicators/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PreviewJson> importFile(@RequestParam("file") MultipartFile file,
                                           @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        return saved(indicators.importFile(name(file), bytes(file), Map.of()), language(language));
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Import indicator values (all or nothing)",
            description = "Saves every value or none: 400 with the errors by line and column when any row is wrong. Programme officers only.")
    @PostMapping(path = "/api/v1/indicators/import", consumes = TSV)
    ResponseEntity<PreviewJson> importText(@RequestBody byte[] text,
                                           @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language) {
        return saved(indicators.importFile("import.tsv", text, Map.of()), language(language));
    }

    private static ResponseEntity<PreviewJson> saved(IndicatorImportPreview result, Locale language) {
        return ResponseEntity.status(result.accepted() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .body(PreviewJson.of(result, result.accepted(), language));
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "import.tsv" : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Locale language(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.of("sv");
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage),
                    List.of(Locale.of("sv"), Locale.of("en")));
            return best == null ? Locale.of("sv") : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.of("sv");
        }
    }

    /** @param saved whether the values were saved (always false for a preview) */
    @io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorImportPreview")
    record PreviewJson(boolean saved, List<NetworkJson> networks, List<ErrorJson> errors) {
        static PreviewJson of(IndicatorImportPreview preview, boolean saved, Locale language) {
            return new PreviewJson(saved, preview.networks().stream().map(NetworkJson::of).toList(),
                    preview.errors().stream().map(e -> new ErrorJson(e.line(), e.column(), e.text(),
                            ImportMessages.text(e, language), e.messageKey())).toList());
        }
    }

    /** @param target {@code CLUSTER}, {@code NEW_CLUSTER} or {@code NETWORK_OF} */
    record NetworkJson(String name, int line, String target, @Nullable String clusterId, String clusterName,
                       List<LocalDate> dates, List<IndicatorJson> indicators) {
        static NetworkJson of(IndicatorImportPreview.NetworkPreview network) {
            return new NetworkJson(network.name(), network.line(), network.target().kind().name(),
                    network.target().cluster() == null ? null : network.target().cluster().toString(),
                    network.target().clusterName(), network.dates(),
                    network.indicators().stream().map(IndicatorJson::of).toList());
        }
    }

    /**
     * @param indicatorId        the catalogue's indicator, {@code null} when proposed as new
     * @param computedDifference {@code null} when not computed; {@code differenceStatus} says why
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorImportIndicator")
    record IndicatorJson(String name, String writtenName, int line, @Nullable String indicatorId, @Nullable String gender,
                         List<ValueJson> values, @Nullable ValueJson reportedDifference,
                         @Nullable ValueJson computedDifference, String differenceStatus, boolean differenceMismatch) {
        static IndicatorJson of(IndicatorImportPreview.IndicatorRow row) {
            return new IndicatorJson(row.name(), row.writtenName(), row.line(),
                    row.indicator() == null ? null : row.indicator().toString(),
                    row.gender() == null ? null : row.gender().name(),
                    row.values().stream().map(v -> ValueJson.of(v.date(), v.value())).toList(),
                    row.reportedDifference() == null ? null : ValueJson.of(null, row.reportedDifference()),
                    row.computedDifference().value() == null ? null
                            : ValueJson.of(null, row.computedDifference().value()),
                    row.computedDifference().status().name(), row.differenceMismatch());
        }
    }

    /** @param date {@code null} for a difference */
    @io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorImportValue")
    record ValueJson(@Nullable LocalDate date, String text, String kind, @Nullable BigDecimal value,
                     @Nullable BigDecimal low, @Nullable BigDecimal high, List<BigDecimal> parts,
                     @Nullable BigDecimal alternative, boolean review) {
        static ValueJson of(@Nullable LocalDate date, IndicatorValue value) {
            return new ValueJson(date, value.text(), value.kind().name(), value.value(), value.low(), value.high(),
                    value.parts(), value.alternative(), value.review());
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "IndicatorImportError")
    record ErrorJson(int line, int column, String text, String message, String messageKey) {
    }
}
