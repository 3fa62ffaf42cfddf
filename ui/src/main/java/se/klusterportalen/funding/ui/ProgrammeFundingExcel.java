package se.klusterportalen.funding.ui;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.klusterportalen.funding.Basis;
import se.klusterportalen.funding.ClusterFundingPlan;
import se.klusterportalen.funding.FundingAmountValue;
import se.klusterportalen.funding.FundingMix;
import se.klusterportalen.funding.FundingStreamSummary;
import se.klusterportalen.funding.ProgrammeFunding;
import se.klusterportalen.funding.StreamYear;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A programme's funding as a workbook: sums per stream and year with envelopes, the per-cluster summary, and
 * every amount on a row of its own (cluster, stream, year, planned, actual). Amounts are numbers, not text.
 */
final class ProgrammeFundingExcel {

    private ProgrammeFundingExcel() {
    }

    static byte[] write(ProgrammeFunding programme, FundingTexts texts) {
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            streams(workbook.createSheet(texts.t("funding.excel.sheet.streams")), programme, texts, styles);
            clusters(workbook.createSheet(texts.t("funding.excel.sheet.clusters")), programme, texts, styles);
            amounts(workbook.createSheet(texts.t("funding.excel.sheet.amounts")), programme, texts, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle header, CellStyle kronor, CellStyle percent, CellStyle decimal) {
        Styles(Workbook workbook) {
            this(bold(workbook), format(workbook, "#,##0"), format(workbook, "0.0"), format(workbook, "0.00"));
        }

        private static CellStyle bold(Workbook workbook) {
            var font = workbook.createFont();
            font.setBold(true);
            var style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }

        private static CellStyle format(Workbook workbook, String pattern) {
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }

    private static void streams(Sheet sheet, ProgrammeFunding programme, FundingTexts texts, Styles styles) {
        Row years = sheet.createRow(0);
        Row head = sheet.createRow(1);
        text(years, 0, texts.t("funding.stream"), styles.header());
        int column = 1;
        for (int year : programme.years()) {
            text(years, column, String.valueOf(year), styles.header());
            text(head, column, texts.t("funding.planned") + " (kr)", styles.header());
            text(head, column + 1, texts.t("funding.actual") + " (kr)", styles.header());
            text(head, column + 2, texts.t("funding.envelope") + " (kr)", styles.header());
            column += 3;
        }
        int rowIndex = 2;
        for (FundingStreamSummary stream : programme.streams()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, texts.stream(stream), null);
            column = 1;
            for (int year : programme.years()) {
                var cell = new StreamYear(stream.id(), year);
                kronor(row, column, OptionalLong.of(programme.planned(cell)), styles);
                kronor(row, column + 1, programme.actual(cell), styles);
                kronor(row, column + 2, programme.envelope(cell), styles);
                column += 3;
            }
        }
        Row total = sheet.createRow(rowIndex++);
        text(total, 0, texts.t("funding.total"), styles.header());
        column = 1;
        Row planning = sheet.createRow(rowIndex++);
        Row reported = sheet.createRow(rowIndex++);
        text(planning, 0, texts.t("funding.excel.planning-clusters"), null);
        text(reported, 0, texts.t("funding.excel.reported-clusters"), null);
        for (var year : programme.perYear()) {
            int actualColumn = column + 1;
            kronor(total, column, OptionalLong.of(year.planned().total()), styles);
            year.actual().ifPresent(mix -> kronor(total, actualColumn, OptionalLong.of(mix.total()), styles));
            planning.createCell(column).setCellValue(year.reporting().planned());
            reported.createCell(column + 1).setCellValue(year.reporting().reported());
            column += 3;
        }
        rowIndex++;
        var partial = programme.partlyReportedYears().stream().map(year -> texts.t("funding.chart.partial.year",
                String.valueOf(year.year()), year.reporting().reported(), year.reporting().planned())).toList();
        if (!partial.isEmpty()) {
            text(sheet.createRow(rowIndex++), 0, texts.t("funding.chart.partial", String.join(", ", partial)), null);
        }
        for (var warning : programme.envelopeWarnings()) {
            text(sheet.createRow(rowIndex++), 0, texts.envelopeWarning(programme.streams(), warning), null);
        }
        sheet.setColumnWidth(0, 50 * 256);
        sheet.createFreezePane(1, 2);
    }

    private static void clusters(Sheet sheet, ProgrammeFunding programme, FundingTexts texts, Styles styles) {
        Row head = sheet.createRow(0);
        String[] headers = {"funding.cluster", "funding.summary.share-first", "funding.summary.share-last",
                "funding.summary.leverage", "funding.summary.base-year", "funding.summary.regional-cost",
                "funding.summary.warnings"};
        for (int i = 0; i < headers.length; i++) {
            text(head, i, texts.t(headers[i]), styles.header());
        }
        int rowIndex = 1;
        for (ClusterFundingPlan plan : programme.clusters()) {
            Row row = sheet.createRow(rowIndex++);
            var mix = plan.mixPerYear(Basis.PLANNED);
            text(row, 0, plan.clusterName(), null);
            number(row, 1, mix.get(mix.firstKey()).regionalShare(), styles.percent());
            number(row, 2, mix.get(mix.lastKey()).regionalShare(), styles.percent());
            number(row, 3, plan.total(Basis.PLANNED).leverage(), styles.decimal());
            var year = plan.firstYearBaseMostlyNonRegional(Basis.PLANNED);
            if (year.isPresent()) {
                row.createCell(4).setCellValue(year.getAsInt());
            }
            kronor(row, 5, OptionalLong.of(plan.total(Basis.PLANNED).regional()), styles);
            text(row, 6, String.join("; ", plan.warnings().stream().map(texts::warning).toList()), null);
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(6, 80 * 256);
    }

    private static void amounts(Sheet sheet, ProgrammeFunding programme, FundingTexts texts, Styles styles) {
        Row head = sheet.createRow(0);
        String[] headers = {"funding.cluster", "funding.stream", "funding.year", "funding.planned", "funding.actual"};
        for (int i = 0; i < headers.length; i++) {
            text(head, i, texts.t(headers[i]), styles.header());
        }
        int rowIndex = 1;
        for (ClusterFundingPlan plan : programme.clusters()) {
            for (FundingStreamSummary stream : programme.streams()) {
                for (int year : programme.years()) {
                    Optional<FundingAmountValue> amount = plan.amount(stream.id(), year);
                    if (amount.isEmpty()) {
                        continue;
                    }
                    Row row = sheet.createRow(rowIndex++);
                    text(row, 0, plan.clusterName(), null);
                    text(row, 1, stream.name(), null);
                    row.createCell(2).setCellValue(year);
                    kronor(row, 3, OptionalLong.of(amount.get().planned()), styles);
                    kronor(row, 4, amount.get().actual(), styles);
                }
            }
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 50 * 256);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Whole kronor are written as numbers: exact below 2^53, far above any programme's budget. */
    private static void kronor(Row row, int column, OptionalLong value, Styles styles) {
        if (value.isPresent()) {
            var cell = row.createCell(column);
            cell.setCellValue(value.getAsLong());
            cell.setCellStyle(styles.kronor());
        }
    }

    private static void number(Row row, int column, Optional<BigDecimal> value, CellStyle style) {
        value.ifPresent(number -> {
            var cell = row.createCell(column);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(style);
        });
    }
}
