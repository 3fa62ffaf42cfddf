package se.klusterportalen.cluster;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.spreadsheet.ImportMessages;
import se.klusterportalen.spreadsheet.ImportPreviewJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cluster import's preview for integrations: the same service call and result the upload view shows, as JSON.
 * Saves nothing. Permission {@code cluster.edit} (programme officers).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Imports")
class ClusterImportApiController {

    private final ClusterService clusters;

    ClusterImportApiController(ClusterService clusters) {
        this.clusters = clusters;
    }

    /**
     * {@code multipart/form-data} with the file in the field {@code file} (.xlsx or .csv) and optionally
     * {@code kind} = {@code CLUSTERS} (profiles, the default) or {@code MEMBERS} (member counts per year). Answers 200
     * with the preview, also when the file has errors ({@code accepted: false}, {@code errors[]}); reasons are
     * Swedish unless {@code Accept-Language} prefers English.
     */
    @io.swagger.v3.oas.annotations.Operation(summary = "Preview a cluster or member-count import (saves nothing)",
            description = "The file (.xlsx or .csv, multipart field `file`; `kind=MEMBERS` for member counts) read as the upload page reads it, with errors by row and column. 200 also when the file has errors. Programme officers only.")
    @PostMapping(path = "/api/v1/clusters/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PreviewJson> preview(@RequestParam("file") MultipartFile file,
                                        @RequestParam(name = "kind", required = false) @Nullable String kind,
                                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                        @Nullable String acceptLanguage) {
        ImportKind importKind;
        try {
            importKind = kind == null || kind.isBlank() ? ImportKind.CLUSTERS : ImportKind.valueOf(kind.strip()
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejection.Invalid("kind", "cluster.import.invalid-kind");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Locale language = ImportMessages.language(acceptLanguage);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        var result = clusters.previewImport(importKind, name, content);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage())
                .body(PreviewJson.of(name, result, language));
    }

    /**
     * @param rows every data row with its action and each column's value as it would be saved; empty when the file
     *             has errors
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ClusterImportPreview")
    record PreviewJson(String kind, boolean accepted, ImportPreviewJson.FileJson file, long created, long changed,
                       long unchanged, List<RowJson> rows, List<ImportPreviewJson.ErrorJson> errors) {

        static PreviewJson of(String fileName, ImportResult result, Locale language) {
            return new PreviewJson(result.kind().name(), result.problems().isEmpty(),
                    ImportPreviewJson.FileJson.of(fileName, result.source()),
                    result.count(ImportResult.Action.CREATE), result.count(ImportResult.Action.CHANGE),
                    result.count(ImportResult.Action.UNCHANGED),
                    result.lines().stream().map(line -> new RowJson(line.row(), line.subject(), line.action().name(),
                            line.changedColumns(), line.values())).toList(),
                    ImportPreviewJson.ErrorJson.of(result.problems(), language));
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ClusterImportRow")
    record RowJson(int row, String subject, String action, List<String> changedColumns, Map<String, String> values) {
    }
}
