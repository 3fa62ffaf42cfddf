package se.klusterportalen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.function.BiConsumer;

/**
 * The upload every import uses: one .xlsx or .csv file, read in memory and handed over as file name and bytes.
 * The file list is cleared afterwards, so a corrected file can be chosen straight away.
 */
public class ImportUpload extends Upload {

    /** The content type of .xlsx files, for uploads and downloads alike. */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ImportUpload(String id, BiConsumer<String, byte[]> received) {
        setId(id);
        setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> UI.getCurrent().access(() -> {
            received.accept(metadata.fileName(), bytes);
            clearFileList();
        })));
        setAcceptedFileTypes(".xlsx", ".csv", XLSX_TYPE, "text/csv");
        setMaxFiles(1);
        setUploadButton(new Button(getTranslation("spreadsheet.choose-file"), VaadinIcon.UPLOAD.create()));
        setDropLabel(new Span(getTranslation("spreadsheet.drop")));
    }
}
