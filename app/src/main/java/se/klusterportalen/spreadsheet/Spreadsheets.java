package se.klusterportalen.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading .xlsx and .csv files into rows of texts, and writing tables as .xlsx. */
public final class Spreadsheets {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int STREAMED_ROWS = 200;
    /** Whole numbers, also as Swedish formats write them ("1 250 000" with spaces or no-break spaces). */
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,3}([ \u00a0]?\\d{3}){0,4}");

    /** A file as texts: the header row, then the data rows (index 0 = spreadsheet row 2). */
    public record Table(List<String> headers, List<List<String>> rows) {
    }

    /** The file cannot be read at all; the message is a text key. */
    public static final class UnreadableException extends Exception {
        UnreadableException(String reasonKey) {
            super(reasonKey);
        }
    }

    private Spreadsheets() {
    }

    public static Table read(String fileName, byte[] content) throws UnreadableException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new UnreadableException("spreadsheet.error.empty-file");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableException("spreadsheet.error.too-large");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        if (name.endsWith(".xlsx") && zip) {
            return readXlsx(content);
        }
        if ((name.endsWith(".csv") || name.endsWith(".txt")) && !zip) {
            return readCsv(content);
        }
        throw new UnreadableException("spreadsheet.error.file-type");
    }

    private static Table readXlsx(byte[] content) throws UnreadableException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableException("spreadsheet.error.empty-file");
            }
            Sheet sheet = workbook.getSheetAt(0);
            var rows = new ArrayList<List<String>>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
                Row row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                // keep row numbers as the user sees them: sheets may start below row 1
                while (rows.size() < r) {
                    rows.add(List.of());
                }
                rows.add(cells);
            }
            return split(rows);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("spreadsheet.error.unreadable");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nej";
            default -> "";
        };
    }

    private static Table readCsv(byte[] content) throws UnreadableException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException("spreadsheet.error.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableException("spreadsheet.error.file-type");
        }
        char delimiter = delimiter(text);
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                row.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString().strip());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableException("spreadsheet.error.unclosed-quote");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString().strip());
            rows.add(row);
        }
        return split(rows);
    }

    /** Semicolon (what Swedish Excel writes) unless the header line has commas only. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 || header.indexOf(',') < 0 ? ';' : ',';
    }

    private static Table split(List<List<String>> rows) throws UnreadableException {
        if (rows.isEmpty() || rows.getFirst().stream().allMatch(String::isBlank)) {
            throw new UnreadableException("spreadsheet.error.no-header");
        }
        List<List<String>> data = new ArrayList<>(rows.subList(1, rows.size()));
        while (!data.isEmpty() && data.getLast().stream().allMatch(String::isBlank)) {
            data.removeLast();
        }
        return new Table(rows.getFirst(), data);
    }

    /** A workbook of one sheet: bold header row, frozen, whole numbers as numbers. */
    public static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        return workbook(List.of(new SheetContent(sheetName, headers, rows)));
    }

    public record SheetContent(String name, List<String> headers, List<List<String>> rows) {
    }

    public static byte[] workbook(List<SheetContent> sheets) {
        // streaming: only a window of rows stays in memory, the rest goes to a temporary file until written
        try (var workbook = new SXSSFWorkbook(STREAMED_ROWS); var out = new ByteArrayOutputStream()) {
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (SheetContent content : sheets) {
                Sheet sheet = workbook.createSheet(safeSheetName(content.name()));
                int[] widths = new int[content.headers().size()];
                Row header = sheet.createRow(0);
                for (int c = 0; c < content.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(content.headers().get(c));
                    cell.setCellStyle(bold);
                    widths[c] = content.headers().get(c).length();
                }
                for (int r = 0; r < content.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<String> values = content.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        String value = values.get(c) == null ? "" : values.get(c);
                        Cell cell = row.createCell(c);
                        if (INTEGER.matcher(value).matches()) {
                            cell.setCellValue(Long.parseLong(value.replace(" ", "").replace("\u00a0", "")));
                        } else {
                            cell.setCellValue(value);
                        }
                        if (c < widths.length) {
                            widths[c] = Math.max(widths[c], Math.min(value.length(), 80));
                        }
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, (widths[c] + 3) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Blad1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
