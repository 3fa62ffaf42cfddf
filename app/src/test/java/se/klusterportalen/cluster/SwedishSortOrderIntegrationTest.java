package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.spreadsheet.TestWorkbooks;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * shared/cases/clusters-swedish-sort-order.csv, imported the way the upload view imports it: the portfolio lists
 * its five clusters in Swedish order (the database's name column sorts with ICU's Swedish collation), not
 * "Zeta, aby, Ängby, Åby, Öby" as a byte-wise order did.
 */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class SwedishSortOrderIntegrationTest {

    private static final String[] SWEDISH_ORDER = {"aby testkluster BH-10", "Zeta Testkluster BH-10",
            "Åby Testkluster BH-10", "Ängby Testkluster BH-10", "Öby Testkluster BH-10"};

    @Autowired ClusterService clusters;

    @Test
    void theClusterListAndThePortfolioShowTheCaseFileInSwedishOrder() {
        clusters.applyImport(ImportKind.CLUSTERS, "clusters-swedish-sort-order.csv",
                TestWorkbooks.caseFile("clusters-swedish-sort-order.csv"));

        assertThat(clusters.list().stream().map(ClusterSummary::name).filter(name -> name.endsWith("BH-10")))
                .containsExactly(SWEDISH_ORDER);
        assertThat(clusters.portfolio().stream().map(PortfolioRow::name).filter(name -> name.endsWith("BH-10")))
                .containsExactly(SWEDISH_ORDER);
    }
}
