package se.klusterportalen.spreadsheet;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Workbooks made the way other tools make them, for the tests of every importer. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** An .xlsx of one sheet "Blad1" filled by {@code fill}. */
    public static byte[] xlsx(Consumer<XSSFWorkbook> fill) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            fill.accept(workbook);
            if (workbook.getNumberOfSheets() == 0) {
                workbook.createSheet("Blad1");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An old binary .xls (BIFF8) with a header row. */
    public static byte[] xls() {
        try (Workbook workbook = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Blad1").createRow(0).createCell(0).setCellValue("Kluster");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook saved with a password, as Excel does it (an OLE2 container holding the encrypted package). */
    public static byte[] passwordProtected(byte[] xlsx) {
        try (var poifs = new POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
            var info = new EncryptionInfo(EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(new ByteArrayInputStream(xlsx));
                 var stream = encryptor.getDataStream(poifs)) {
                opc.save(stream);
            }
            poifs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code xlsx} with one part replaced (e.g. "xl/styles.xml"), its content written by {@code writer} in chunks so
     * that a large part needs no large string.
     */
    public static byte[] withPart(byte[] xlsx, String part, Consumer<ZipOutputStream> writer) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx)); var bytes = new ByteArrayOutputStream()) {
            try (var out = new ZipOutputStream(bytes)) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(part)) {
                        writer.accept(out);
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(ZipOutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case file from {@code src/test/resources/cases} (copied from the shared case folder). */
    public static byte[] caseFile(String name) {
        try (InputStream in = TestWorkbooks.class.getResourceAsStream("/cases/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No case file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
