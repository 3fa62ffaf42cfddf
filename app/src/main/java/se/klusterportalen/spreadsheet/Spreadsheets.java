package se.klusterportalen.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.text.PlainText;

import java.io.StringReader;
import java.math.MathContext;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Reading .xlsx and .csv files into rows of texts, and writing tables as .xlsx. The one reader behind every import
 * (clusters, members, funding, indicators): every cell arrives as the text a user sees in Excel, normalised once
 * ({@link PlainText#line}), or as a {@link CellFault} with its row and column.
 *
 * <ul>
 *   <li>Formulas are read from their stored result; a formula saved without one (as programs and web tools write
 *       them) is evaluated with POI's evaluator; one that cannot be evaluated is a fault naming the formula.</li>
 *   <li>Excel's error values (#N/A, #REF!, #DIV/0!…) are faults, never empty cells.</li>
 *   <li>Numbers are read to Excel's 15 significant digits, as Excel shows them: 124599.99999999999 is "124600";
 *       a real fraction such as 124599.996 stays as stored, for the importer to refuse.</li>
 *   <li>.csv as Swedish Excel writes it: UTF-8 with or without a byte-order mark, UTF-16 with one, otherwise
 *       Windows-1252; Excel's separator hint {@code sep=;} is honoured and skipped; otherwise a semicolon unless
 *       the header line has only tabs or commas.</li>
 *   <li>A file that cannot be read says why: too large, not a workbook, password-protected, an old .xls, a
 *       workbook that unpacks to far more than its size.</li>
 * </ul>
 */
public final class Spreadsheets {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /**
     * POI's archive guards. A workbook whose style table is bloated by copy and paste compresses about 200:1 and is
     * refused by POI's default (100:1); deflate cannot compress beyond about 1030:1, so 500:1 lets such workbooks in
     * and still refuses what only a crafted archive reaches. No part may unpack to more than 200 MB.
     */
    static final double MIN_INFLATE_RATIO = 0.002;
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    private static final int STREAMED_ROWS = 200;
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** Whole numbers, also as Swedish formats write them ("1 250 000" with spaces or no-break spaces). */
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,3}([ \u00a0]?\\d{3}){0,4}");
    private static final Pattern SEPARATOR_HINT = Pattern.compile("(?i)\"?sep=(.)\"?[;,\t]*");

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride((int) MAX_ENTRY_BYTES);
    }

    /** How a .csv file was decoded (shown in the preview). */
    public enum Encoding {
        UTF_8("UTF-8"), UTF_8_BOM("UTF-8"), UTF_16("UTF-16"), WINDOWS_1252("windows-1252");

        private final String charset;

        Encoding(String charset) {
            this.charset = charset;
        }

        /** The IANA name of the character set ("UTF-8", "windows-1252"). */
        public String charset() {
            return charset;
        }
    }

    /**
     * What kind of file was read and, for .csv, how.
     *
     * @param encoding  empty for .xlsx
     * @param separator empty for .xlsx; ";" "," or a tab
     * @param separatorHint whether the file named its separator in a first line {@code sep=…}
     */
    public record Source(boolean workbook, Optional<Encoding> encoding, Optional<String> separator,
                         boolean separatorHint) {

        static final Source WORKBOOK = new Source(true, Optional.empty(), Optional.empty(), false);
    }

    /**
     * A cell that holds no usable value.
     *
     * @param row       as the spreadsheet numbers it (the header is row 1)
     * @param column    index from 0
     * @param reasonKey a text key; {@code value} is what the cell holds (the formula, the error value)
     */
    public record CellFault(int row, int column, String reasonKey, String value) {
    }

    /**
     * A file as texts: the header row, then the data rows (index 0 = spreadsheet row 2), and the cells that hold
     * no usable value.
     */
    public record Table(List<String> headers, List<List<String>> rows, Source source, List<CellFault> faults) {

        public Table {
            faults = List.copyOf(faults);
        }

        public Table(List<String> headers, List<List<String>> rows) {
            this(headers, rows, Source.WORKBOOK, List.of());
        }

        /** The name of column {@code index} for messages: its header, or its letter when the header is empty. */
        public String columnName(int index) {
            String header = index < headers.size() ? headers.get(index) : "";
            return header.isBlank() ? CellReference.convertNumToColString(index) : header;
        }
    }

    /** The file cannot be read at all; the message is a text key. */
    public static final class UnreadableException extends Exception {
        UnreadableException(String reasonKey) {
            super(reasonKey);
        }
    }

    private Spreadsheets() {
    }

    /**
     * Reads the first sheet of an .xlsx workbook or a .csv/.txt file (told apart by their content, the name only
     * where the content cannot say).
     *
     * @throws UnreadableException with a {@code spreadsheet.error.*} key saying why the file cannot be read
     */
    public static Table read(@Nullable String fileName, byte[] content) throws UnreadableException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new UnreadableException("spreadsheet.error.empty-file");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableException("spreadsheet.error.too-large");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return readXlsx(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new UnreadableException(encrypted(content) ? "spreadsheet.error.encrypted" : "spreadsheet.error.old-xls");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
            throw new UnreadableException("spreadsheet.error.not-a-workbook");
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(content);
        }
        throw new UnreadableException("spreadsheet.error.file-type");
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** An OLE2 container holding an encrypted OOXML package (how Excel saves a password-protected .xlsx). */
    private static boolean encrypted(byte[] content) {
        try (var poifs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return poifs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Table readXlsx(byte[] content) throws UnreadableException {
        XSSFWorkbook opened;
        try {
            opened = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("spreadsheet.error.encrypted");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(unpacksTooLarge(e) ? "spreadsheet.error.unpacks-too-large"
                    : "spreadsheet.error.not-a-workbook");
        }
        try (var workbook = opened) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableException("spreadsheet.error.empty-file");
            }
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Sheet sheet = workbook.getSheetAt(0);
            var rows = new ArrayList<List<String>>();
            var faults = new ArrayList<CellFault>();
            for (int r = 0; r <= sheet.getLastRowNum() && sheet.getLastRowNum() >= 0; r++) {
                Row row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), evaluator, r + 1, c, faults));
                    }
                }
                rows.add(cells);
            }
            return split(rows, Source.WORKBOOK, faults);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException(unpacksTooLarge(e) ? "spreadsheet.error.unpacks-too-large"
                    : "spreadsheet.error.unreadable");
        }
    }

    /** POI's archive guards ("Zip bomb detected", an entry or record larger than allowed). */
    private static boolean unpacksTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile") || message.contains("MaxEntrySize")
                    || message.contains("setByteArrayMaxOverride") || message.contains("max length")) {
                return true;
            }
        }
        return false;
    }

    private static String text(@Nullable Cell cell, FormulaEvaluator evaluator, int row, int column,
                               List<CellFault> faults) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> PlainText.line(cell.getStringCellValue());
            case NUMERIC -> number(cell, cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nej";
            case ERROR -> fault(faults, row, column, "spreadsheet.error.excel-error",
                    FormulaError.forInt(cell.getErrorCellValue()).getString());
            case FORMULA -> formula(cell, evaluator, row, column, faults);
            default -> "";
        };
    }

    /** A formula's stored result, or, when the file stores none, its value computed here. */
    private static String formula(Cell cell, FormulaEvaluator evaluator, int row, int column, List<CellFault> faults) {
        // programs and web tools write "<f>…</f>" with no "<v>", or an empty one: POI would read that as 0
        boolean stored = !(cell instanceof XSSFCell xssf)
                || (xssf.getCTCell().isSetV() && !xssf.getCTCell().getV().isEmpty());
        if (stored) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> PlainText.line(cell.getStringCellValue());
                case NUMERIC -> number(cell, cell.getNumericCellValue());
                case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nej";
                case ERROR -> fault(faults, row, column, "spreadsheet.error.excel-error",
                        FormulaError.forInt(cell.getErrorCellValue()).getString());
                default -> "";
            };
        }
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            return fault(faults, row, column, "spreadsheet.error.formula", "=" + cell.getCellFormula());
        }
        if (value == null) {
            return "";
        }
        return switch (value.getCellType()) {
            case STRING -> PlainText.line(value.getStringValue());
            case NUMERIC -> number(cell, value.getNumberValue());
            case BOOLEAN -> value.getBooleanValue() ? "ja" : "nej";
            case ERROR -> fault(faults, row, column, "spreadsheet.error.excel-error",
                    FormulaError.forInt(value.getErrorValue()).getString());
            default -> "";
        };
    }

    private static String fault(List<CellFault> faults, int row, int column, String reasonKey, String value) {
        faults.add(new CellFault(row, column, reasonKey, value));
        return "";
    }

    /** A number as Excel shows it: a date for date formats, otherwise to 15 significant digits, no exponent. */
    private static String number(Cell cell, double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        var style = cell.getCellStyle();
        if (style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())
                && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    // ---- .csv ---------------------------------------------------------------------------------------------

    private record Decoded(String text, Encoding encoding) {
    }

    private static Table readCsv(byte[] content) throws UnreadableException {
        Decoded decoded = decode(content);
        String text = decoded.text();
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableException("spreadsheet.error.file-type");
        }
        int lineEnd = lineEnd(text);
        String firstLine = text.substring(0, lineEnd);
        var hint = SEPARATOR_HINT.matcher(firstLine.strip());
        boolean hinted = hint.matches();
        char delimiter;
        if (hinted) {
            delimiter = hint.group(1).charAt(0);
            text = text.substring(Math.min(text.length(), lineEnd + lineBreakLength(text, lineEnd)));
        } else {
            delimiter = delimiter(firstLine);
        }
        var format = CSVFormat.Builder.create().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).setTrim(false).get();
        var rows = new ArrayList<List<String>>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                var cells = new ArrayList<String>(record.size());
                record.forEach(value -> cells.add(PlainText.line(value)));
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("spreadsheet.error.unclosed-quote");
        }
        var source = new Source(false, Optional.of(decoded.encoding()), Optional.of(String.valueOf(delimiter)), hinted);
        return split(rows, source, List.of());
    }

    /** UTF-8 (with or without a byte-order mark) if the bytes are valid UTF-8, UTF-16 with its mark, else Windows-1252. */
    private static Decoded decode(byte[] content) throws UnreadableException {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(content, 3, StandardCharsets.UTF_8)
                    .orElseThrow(() -> new UnreadableException("spreadsheet.error.encoding")), Encoding.UTF_8_BOM);
        }
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            Charset charset = content[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decoded(strict(content, 2, charset)
                    .orElseThrow(() -> new UnreadableException("spreadsheet.error.encoding")), Encoding.UTF_16);
        }
        return strict(content, 0, StandardCharsets.UTF_8).map(text -> new Decoded(text, Encoding.UTF_8))
                .orElseGet(() -> new Decoded(new String(content, Charset.forName("windows-1252")),
                        Encoding.WINDOWS_1252));
    }

    private static Optional<String> strict(byte[] content, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int lineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static int lineBreakLength(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        return text.startsWith("\r\n", at) ? 2 : 1;
    }

    /** Semicolon (what Swedish Excel writes) unless the header line has only tabs or only commas. */
    private static char delimiter(String header) {
        if (header.indexOf(';') >= 0) {
            return ';';
        }
        if (header.indexOf('\t') >= 0) {
            return '\t';
        }
        return header.indexOf(',') >= 0 ? ',' : ';';
    }

    private static Table split(List<List<String>> rows, Source source, List<CellFault> faults)
            throws UnreadableException {
        if (rows.isEmpty() || rows.getFirst().stream().allMatch(String::isBlank)) {
            throw new UnreadableException("spreadsheet.error.no-header");
        }
        List<List<String>> data = new ArrayList<>(rows.subList(1, rows.size()));
        while (!data.isEmpty() && data.getLast().stream().allMatch(String::isBlank)) {
            data.removeLast();
        }
        return new Table(rows.getFirst(), data, source, faults);
    }

    /** A workbook of one sheet: bold header row, frozen, whole numbers as numbers. */
    public static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        return workbook(List.of(new SheetContent(sheetName, headers, rows)));
    }

    /**
     * One sheet to write.
     *
     * @param kronorColumns the columns (from 0) that hold whole kronor: written as numbers with the number format
     *                      {@value #KRONOR_FORMAT} (Excel shows "1 250 000 kr" with Swedish settings)
     */
    public record SheetContent(String name, List<String> headers, List<List<String>> rows,
                               java.util.Set<Integer> kronorColumns) {

        public SheetContent {
            kronorColumns = java.util.Set.copyOf(kronorColumns);
        }

        public SheetContent(String name, List<String> headers, List<List<String>> rows) {
            this(name, headers, rows, java.util.Set.of());
        }
    }

    /** Excel's number format of whole kronor: grouped digits (the reader's separator) and " kr", still a number. */
    public static final String KRONOR_FORMAT = "#,##0 \"kr\"";

    public static byte[] workbook(List<SheetContent> sheets) {
        // streaming: only a window of rows stays in memory, the rest goes to a temporary file until written
        try (var workbook = new SXSSFWorkbook(STREAMED_ROWS); var out = new ByteArrayOutputStream()) {
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var kronor = workbook.createCellStyle();
            kronor.setDataFormat(workbook.createDataFormat().getFormat(KRONOR_FORMAT));
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
                        if (value.isEmpty()) {
                            continue; // a blank cell, not an empty text: Excel counts and sums it as empty
                        }
                        if (INTEGER.matcher(value).matches()) {
                            cell.setCellValue(Long.parseLong(value.replace(" ", "").replace("\u00a0", "")));
                            if (content.kronorColumns().contains(c)) {
                                cell.setCellStyle(kronor);
                            }
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
