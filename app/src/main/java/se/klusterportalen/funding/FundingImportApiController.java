package se.klusterportalen.funding;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.spreadsheet.ImportMessages;
import se.klusterportalen.spreadsheet.ImportPreviewJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The funding import's preview for integrations: the same service call and the same result the upload view shows,
 * as JSON. Saves nothing. Permission {@code funding.edit} (programme officers); another region's programme is a 404.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Imports")
class FundingImportApiController {

    private final FundingService funding;

    FundingImportApiController(FundingService funding) {
        this.funding = funding;
    }

    /**
     * {@code multipart/form-data} with the file in the field {@code file} (.xlsx or .csv). Answers 200 with the
     * preview, also when the file has errors ({@code accepted: false} and {@code errors[]}); reasons are Swedish
     * unless {@code Accept-Language} prefers English ({@code Content-Language} says which).
     */
    @io.swagger.v3.oas.annotations.Operation(summary = "Preview a funding import (saves nothing)",
            description = "The file (.xlsx or .csv, multipart field `file`) read as the upload page reads it: every row with its interpreted whole kronor, and errors by row and column in the client's language. 200 also when the file has errors (`accepted: false`). Programme officers only.")
    @PostMapping(path = "/api/v1/programmes/{id}/funding/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PreviewJson> preview(@PathVariable String id, @RequestParam("file") MultipartFile file,
                                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                        @Nullable String acceptLanguage) {
        ProgrammeId programme = ProgrammeId.parse(id);
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Locale language = ImportMessages.language(acceptLanguage);
        var result = funding.previewImport(programme, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                content);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage())
                .body(PreviewJson.of(file.getOriginalFilename(), result, language));
    }

    /**
     * @param rows     every data row of the file with its interpreted values, before and after (whole kronor;
     *                 {@code null} actual = not reported); empty when the file has errors
     * @param warnings tapering rules the changed plans would break
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "FundingImportPreview")
    record PreviewJson(String programmeId, boolean accepted, ImportPreviewJson.FileJson file, long changedRows,
                       long unchangedRows, long changedClusters, List<RowJson> rows,
                       List<ImportPreviewJson.ErrorJson> errors, List<WarningJson> warnings) {

        static PreviewJson of(@Nullable String fileName, FundingImportResult result, Locale language) {
            return new PreviewJson(result.programme().toString(), result.accepted(),
                    ImportPreviewJson.FileJson.of(fileName, result.source()), result.changedRows(),
                    result.unchangedRows(), result.changedClusters(),
                    result.rows().stream().map(RowJson::of).toList(),
                    ImportPreviewJson.ErrorJson.of(result.problems(), language),
                    result.warnings().stream().map(w -> new WarningJson(w.cluster().toString(), w.clusterName(),
                            w.warning().type().name(), w.warning().year(), w.warning().amount(),
                            w.warning().reference())).toList());
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FundingImportRow")
    record RowJson(int row, String clusterId, String cluster, String streamId, String stream, int year,
                   long plannedBefore, long planned, @Nullable Long actualBefore, @Nullable Long actual,
                   boolean changes) {

        static RowJson of(FundingImportResult.Row row) {
            return new RowJson(row.row(), row.cluster().toString(), row.clusterName(), row.stream().id().toString(),
                    row.stream().name(), row.year(), row.plannedBefore(), row.plannedAfter(),
                    boxed(row.actualBefore()), boxed(row.actualAfter()), row.changes());
        }

        private static @Nullable Long boxed(OptionalLong value) {
            return value.isPresent() ? value.getAsLong() : null;
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FundingImportWarning")
    record WarningJson(String clusterId, String cluster, String type, int year, long amount, long reference) {
    }
}
