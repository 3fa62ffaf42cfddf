package se.klusterportalen.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import se.klusterportalen.base.ui.ImportUpload;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.report.ReportService;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.Locale;
import java.util.Optional;

/** The overview's download links: the region report as PDF in Swedish and English, and the workbook of everything. */
@org.springframework.stereotype.Component
class RegionReportPanel implements OverviewPanel<OverviewPanel.Scope> {

    private final ReportService reports;
    private final CurrentUser currentUser;

    RegionReportPanel(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public boolean visible() {
        return currentUser.get().filter(user -> user.can(Permission.OVERVIEW_VIEW)).isPresent();
    }

    /** The downloads report on the programme the overview shows (made when clicked, nothing read before). */
    @Override
    public Optional<Scope> read(Scope scope) {
        return Optional.of(scope);
    }

    @Override
    public Component show(Scope scope) {
        Optional<ProgrammeId> programme = scope.programme().map(ProgrammeId::new);
        var ui = UI.getCurrent();
        var links = new Div(
                ReportDownloads.link(ui, "report-region-sv", "reports.download.region.sv", "regionrapport.pdf",
                        ReportDownloads.SWEDISH, language -> reports.regionPdf(programme, language)),
                ReportDownloads.link(ui, "report-region-en", "reports.download.region.en", "region-report.pdf",
                        Locale.ENGLISH, language -> reports.regionPdf(programme, language)),
                ReportDownloads.link(ui, "report-region-xlsx", "reports.download.workbook", "klusterportalen.xlsx",
                        ImportUpload.XLSX_TYPE, ui.getLocale(), language -> reports.workbook(programme, language)));
        links.setId("overview-reports");
        links.addClassNames("report-downloads", "portal-no-print");
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        return links;
    }
}
