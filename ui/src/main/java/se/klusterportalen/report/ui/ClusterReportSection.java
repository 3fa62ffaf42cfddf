package se.klusterportalen.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import se.klusterportalen.base.ui.ClusterPageSection;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.report.ReportService;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;

import java.util.Locale;
import java.util.UUID;

/** The cluster page's download links for the one-page cluster report as PDF, in Swedish and English. */
@org.springframework.stereotype.Component
class ClusterReportSection implements ClusterPageSection {

    private final ReportService reports;
    private final CurrentUser currentUser;

    ClusterReportSection(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String titleKey() {
        return "reports.cluster.title";
    }

    @Override
    public boolean visible() {
        return currentUser.get().filter(user -> user.can(Permission.CLUSTER_VIEW)).isPresent();
    }

    @Override
    public Component render(UUID clusterId) {
        var id = new ClusterId(clusterId);
        var links = new Div();
        links.add(ReportDownloads.link(links, "report-cluster-sv", "reports.download.cluster.sv", "klusterrapport.pdf",
                        ReportDownloads.SWEDISH, language -> reports.clusterPdf(id, language)),
                ReportDownloads.link(links, "report-cluster-en", "reports.download.cluster.en", "cluster-report.pdf",
                        Locale.ENGLISH, language -> reports.clusterPdf(id, language)));
        links.addClassNames("report-downloads", "portal-no-print");
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        return links;
    }
}
