package se.klusterportalen.report;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The one place that knows the PDF library (openhtmltopdf on PDFBox): turns a report's XHTML into an A4 PDF with
 * the DejaVu Sans font embedded (å ä ö), SVG charts drawn as vector graphics, extractable text and tags for
 * accessibility (PDF/UA: structure tree, document title, language). Page size, margins, running header and page
 * numbers come from the template's CSS ({@code @page}).
 */
final class PdfRenderer {

    static final String FONT = "DejaVu Sans";

    /**
     * The font's metrics, kept between reports so layout does not parse the font file again for every report (the
     * font is still loaded and subset into each PDF when it is written). Thread-safe (a concurrent map).
     */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    private PdfRenderer() {
    }

    /** @param xhtml a well-formed XHTML document with a {@code <title>} and a {@code lang} */
    static byte[] render(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String file) {
        return Objects.requireNonNull(PdfRenderer.class.getResourceAsStream("/reports/fonts/" + file), file);
    }
}
