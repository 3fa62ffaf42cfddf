package se.klusterportalen.assessment.ui;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.klusterportalen.assessment.Dimension;
import se.klusterportalen.assessment.HorizontalArea;
import se.klusterportalen.assessment.MatrixRow;
import se.klusterportalen.assessment.PortfolioMatrix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The portfolio matrix as an Excel workbook: one sheet for the phases, one for the horizontal areas. */
final class MatrixExcel {

    private MatrixExcel() {
    }

    /**
     * @param anonymous cluster letters instead of names, rows in letter order
     * @param text      the UI's translation of a message key
     */
    static byte[] write(PortfolioMatrix matrix, boolean anonymous, Locale locale, Function<String, String> text) {
        List<MatrixRow> rows = MatrixView.ordered(matrix.rows(), anonymous, locale);
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet phases = workbook.createSheet(text.apply("assessment.matrix.phases"));
            Row header = phases.createRow(0);
            header.createCell(0).setCellValue(text.apply("assessment.cluster"));
            int column = 1;
            for (Dimension dimension : matrix.model().dimensions()) {
                header.createCell(column++).setCellValue(dimension.name().in(locale));
            }
            header.createCell(column).setCellValue(text.apply("assessment.overall"));
            int r = 1;
            for (MatrixRow row : rows) {
                Row line = phases.createRow(r++);
                line.createCell(0).setCellValue(anonymous ? row.letter() : row.clusterName());
                int c = 1;
                for (Dimension dimension : matrix.model().dimensions()) {
                    line.createCell(c++).setCellValue(row.evaluation().phaseOf(dimension.code()));
                }
                line.createCell(c).setCellValue(row.evaluation().overall());
            }
            Row medians = phases.createRow(r);
            medians.createCell(0).setCellValue(text.apply("assessment.median"));
            int c = 1;
            for (Dimension dimension : matrix.model().dimensions()) {
                number(medians, c++, Optional.ofNullable(matrix.dimensionMedians().get(dimension.code())));
            }
            number(medians, c, matrix.overallMedian());

            Sheet horizontal = workbook.createSheet(text.apply("assessment.matrix.horizontal"));
            Row areaHeader = horizontal.createRow(0);
            areaHeader.createCell(0).setCellValue(text.apply("assessment.cluster"));
            int a = 1;
            for (HorizontalArea area : matrix.model().areas()) {
                areaHeader.createCell(a++).setCellValue(area.name().in(locale));
            }
            r = 1;
            for (MatrixRow row : rows) {
                Row line = horizontal.createRow(r++);
                line.createCell(0).setCellValue(anonymous ? row.letter() : row.clusterName());
                a = 1;
                for (HorizontalArea area : matrix.model().areas()) {
                    Integer level = row.areaLevels().get(area.code());
                    if (level != null) {
                        line.createCell(a).setCellValue(level);
                    }
                    a++;
                }
            }
            Row areaMedians = horizontal.createRow(r);
            areaMedians.createCell(0).setCellValue(text.apply("assessment.median"));
            a = 1;
            for (HorizontalArea area : matrix.model().areas()) {
                number(areaMedians, a++, Optional.ofNullable(matrix.areaMedians().get(area.code())));
            }
            phases.setColumnWidth(0, 40 * 256);
            horizontal.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int column, Optional<BigDecimal> value) {
        value.ifPresent(v -> row.createCell(column).setCellValue(v.doubleValue()));
    }
}
