package se.klusterportalen.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;

/** Download links for a report in Swedish and in English; the file is made when the link is followed. */
final class ReportDownloads {

    static final Locale SWEDISH = Locale.of("sv", "SE");

    private ReportDownloads() {
    }

    static Anchor link(Component parent, String id, String textKey, String fileName, Locale language,
                       Function<Locale, byte[]> pdf) {
        return link(parent, id, textKey, fileName, "application/pdf", language, pdf);
    }

    static Anchor link(Component parent, String id, String textKey, String fileName, String contentType,
                       Locale language, Function<Locale, byte[]> content) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = content.apply(language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), "");
        anchor.add(VaadinIcon.FILE_TEXT_O.create());
        anchor.add(" " + parent.getTranslation(textKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassNames("report-download", "portal-no-print");
        return anchor;
    }
}
