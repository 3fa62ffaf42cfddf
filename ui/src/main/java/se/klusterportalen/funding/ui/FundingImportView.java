package se.klusterportalen.funding.ui;

import com.vaadin.flow.component.UI;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.ImportProblemsGrid;
import se.klusterportalen.base.ui.ImportSourceLabel;
import se.klusterportalen.base.ui.ImportUpload;
import se.klusterportalen.funding.FundingImportResult;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.security.Permission;
import se.klusterportalen.spreadsheet.ImportProblem;
import se.klusterportalen.rejection.Rejection;

import java.io.ByteArrayInputStream;
import java.util.OptionalLong;

/**
 * Import of a programme's planned and actual amounts from .xlsx or .csv: download the programme's amounts as a
 * template, upload, see every change (or every error with row, column and reason), confirm. Any error means
 * nothing is saved; a plan saved by someone else after the preview refuses the import.
 */
@Route("funding/programmes/:programmeId/import")
@RolesAllowed(Permission.FUNDING_EDIT)
@StyleSheet("context://styles/funding.css")
class FundingImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SHOWN_ROWS = 500;

    private final FundingService funding;
    private final FundingTexts texts = new FundingTexts(this);
    final H1 title = new H1();
    final Anchor template = new Anchor();
    final Upload upload = new ImportUpload("funding-import-upload", this::preview);
    final Div preview = new Div();
    final Paragraph file = new Paragraph();
    final Span summary = new Span();
    final ImportSourceLabel source = new ImportSourceLabel("funding-import-source");
    final Grid<ImportProblem> problems = new ImportProblemsGrid("funding-import-problems");
    final UnorderedList warnings = new UnorderedList();
    final Grid<FundingImportResult.Row> changes = new Grid<>();
    final Div message = new Div();
    final Button confirm = new Button();
    private ProgrammeId programme;
    private String fileName;
    private byte[] content;
    private FundingImportResult previewed;

    FundingImportView(FundingService funding) {
        this.funding = funding;
        setId("funding-import-view");

        template.setId("funding-import-template");
        template.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("funding.import.template")));
        template.getElement().setAttribute("download", true);

        summary.setId("funding-import-summary");

        warnings.setId("funding-import-warnings");
        warnings.addClassName("funding-warnings");

        changes.setId("funding-import-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.readable(changes);
        changes.addColumn(row -> Integer.toString(row.row())).setHeader(getTranslation("spreadsheet.row"))
                .setFlexGrow(0).setWidth("6em");
        changes.addColumn(FundingImportResult.Row::clusterName).setHeader(getTranslation("funding.cluster"))
                .setFlexGrow(2);
        changes.addColumn(row -> texts.stream(row.stream())).setHeader(getTranslation("funding.stream")).setFlexGrow(3);
        changes.addColumn(row -> Integer.toString(row.year())).setHeader(getTranslation("funding.year"))
                .setFlexGrow(0).setWidth("6em");
        changes.addColumn(row -> change(OptionalLong.of(row.plannedBefore()), OptionalLong.of(row.plannedAfter())))
                .setHeader(getTranslation("funding.planned")).setFlexGrow(2).setKey("planned")
                .setTextAlign(ColumnTextAlign.END);
        changes.addColumn(row -> change(row.actualBefore(), row.actualAfter()))
                .setHeader(getTranslation("funding.actual")).setFlexGrow(2).setKey("actual")
                .setTextAlign(ColumnTextAlign.END);
        changes.setAllRowsVisible(true);

        message.setId("funding-import-message");
        confirm.setText(getTranslation("funding.import.confirm"));
        confirm.setId("funding-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // disabled from the first click; apply() decides whether it may be clicked again (not after a conflict)
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> apply());
        preview.setId("funding-import-preview");
        preview.setWidthFull();
        preview.setVisible(false);
        preview.add(file, source, summary, message, problems, warnings, changes, confirm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name;
        try {
            programme = ProgrammeId.parse(event.getRouteParameters().get("programmeId").orElse(""));
            name = funding.programmeFunding(programme).programmeName();
        } catch (Rejection.NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title.setText(getTranslation("funding.import.title", name));
        String templateName = name.replaceAll("[^\\p{L}\\p{N}]+", "-") + "-belopp.xlsx";
        template.setHref(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = funding.importTemplate(programme);
            return new DownloadResponse(new ByteArrayInputStream(bytes), templateName, ImportUpload.XLSX_TYPE,
                    bytes.length);
        }));
        removeAll();
        add(new Anchor(ProgrammeFundingView.path(programme), getTranslation("funding.import.back")), title,
                new Paragraph(getTranslation("funding.import.help")), template, upload, preview);
    }

    private String change(OptionalLong before, OptionalLong after) {
        String from = before.isPresent() ? Formats.kronor(before.getAsLong()) : FundingTexts.NONE;
        String to = after.isPresent() ? Formats.kronor(after.getAsLong()) : FundingTexts.NONE;
        return before.equals(after) ? to : from + " → " + to;
    }

    /** Reads the file and shows what would happen; saves nothing. */
    void preview(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        file.setText(getTranslation("funding.import.file", name));
        show(funding.previewImport(programme, name, bytes));
    }

    private void show(FundingImportResult result) {
        previewed = result;
        preview.setVisible(true);
        source.show(result.source());
        message.removeAll();
        boolean rejected = !result.accepted();
        summary.setText(rejected ? getTranslation("funding.import.summary.rejected", result.problems().size())
                : getTranslation("funding.import.summary.ok", result.changedRows(), result.changedClusters(),
                result.unchangedRows()));
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add(rejected ? "badge error" : "badge success");
        problems.setItems(result.problems());
        problems.setVisible(rejected);
        warnings.removeAll();
        result.warnings().forEach(w -> warnings.add(new ListItem(VaadinIcon.WARNING.create(),
                new Span(w.clusterName() + ": " + texts.warning(w.warning())))));
        warnings.setVisible(!result.warnings().isEmpty());
        var changed = result.rows().stream().filter(FundingImportResult.Row::changes).limit(SHOWN_ROWS).toList();
        changes.setItems(changed);
        changes.setVisible(!rejected && !changed.isEmpty());
        confirm.setVisible(!rejected);
        confirm.setEnabled(!rejected && result.changedRows() > 0);
    }

    void apply() {
        try {
            var result = funding.applyImport(programme, fileName, content, previewed);
            if (!result.accepted()) {
                show(result);
                return;
            }
            Notification.show(getTranslation("funding.import.done", result.changedRows(), result.changedClusters()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ProgrammeFundingView.path(programme));
        } catch (Rejection.Stale conflict) {
            // specific: the whole preview is out of date, so the view offers to read the same file again
            message.removeAll();
            message.addClassName("funding-error");
            var again = new Button(getTranslation("funding.import.preview-again"), click -> preview(fileName, content));
            again.setId("funding-import-preview-again");
            message.add(new Paragraph(getTranslation("funding.import.conflict")), again);
            confirm.setEnabled(false);
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – " + getTranslation("app.name");
    }
}
