package se.klusterportalen.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The finished region report is kept per region and data version (ADR 0060): asked again with nothing changed, the
 * same PDF comes back; after a committed change of the region's data the next report shows the change. Reads committed
 * data outside any transaction, as a request does; the test renames a demo cluster in committed transactions (audited,
 * as every change) and renames it back.
 */
@IntegrationTest
@SignedInAs(SKANE_POLITICIAN)
class RegionReportCacheIntegrationTest {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    @Autowired RealLogin login;
    @Autowired ReportService reports;
    @Autowired ClusterService clusters;
    @Autowired ClusterFixtures fixtures;
    @Autowired TransactionTemplate transaction;

    @Test
    void aReportAskedForAgainIsTheSameUntilTheRegionsDataChanges() throws IOException {
        ClusterId mobileHeights = fixtures.idOf("Mobile Heights");
        String renamed = ClusterFixtures.unique("Mobile Heights omdöpt");

        byte[] first = reports.regionPdf(Optional.empty(), SWEDISH);
        byte[] again = reports.regionPdf(Optional.empty(), SWEDISH);
        // a report made anew differs in its bytes (PDFBox writes a new document id), so equal bytes are the kept one
        byte[] madeAnew = transaction.execute(status -> reports.regionPdf(Optional.empty(), SWEDISH));
        assertThat(again).isEqualTo(first);
        assertThat(madeAnew).isNotEqualTo(first);
        assertThat(text(first)).contains("Mobile Heights").doesNotContain(renamed);

        try {
            rename(mobileHeights, renamed);
            String afterChange = text(reports.regionPdf(Optional.empty(), SWEDISH));
            assertThat(afterChange).contains(renamed);
            assertThat(text(reports.regionPdf(Optional.empty(), Locale.ENGLISH))).contains(renamed, "Region report");
        } finally {
            rename(mobileHeights, "Mobile Heights");
        }
        assertThat(text(reports.regionPdf(Optional.empty(), SWEDISH))).contains("Mobile Heights").doesNotContain(renamed);
    }

    private void rename(ClusterId cluster, String name) {
        login.inOwnTransaction(SKANE_OFFICER, () -> {
            var draft = clusters.draftOf(cluster);
            long version = clusters.profile(cluster).orElseThrow().version();
            draft.setName(name);
            clusters.update(cluster, version, draft);
        });
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
