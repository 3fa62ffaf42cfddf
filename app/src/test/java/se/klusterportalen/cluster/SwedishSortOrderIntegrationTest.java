package se.klusterportalen.cluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.spreadsheet.TestWorkbooks;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * shared/cases/clusters-swedish-sort-order.csv, imported the way the upload view imports it: the portfolio lists
 * its five clusters in Swedish order (the database's name column sorts with ICU's Swedish collation), not
 * "Zeta, aby, Ängby, Åby, Öby" as a byte-wise order did. Rolled back: the region set before the transaction opens.
 */
@IntegrationTest
class SwedishSortOrderIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void officer() {
        login.as(SKANE_OFFICER);
    }

    @AfterEach
    void signOut() {
        login.logout();
    }

    @Test
    void thePortfolioListsTheCaseFileInSwedishOrder() {
        byte[] file = TestWorkbooks.caseFile("clusters-swedish-sort-order.csv");

        List<String> listed = transaction.execute(status -> {
            status.setRollbackOnly();
            clusters.applyImport(ImportKind.CLUSTERS, "clusters-swedish-sort-order.csv", file);
            return clusters.list().stream().map(ClusterSummary::name).filter(name -> name.endsWith("BH-10")).toList();
        });

        assertThat(listed).containsExactly("aby testkluster BH-10", "Zeta Testkluster BH-10", "Åby Testkluster BH-10",
                "Ängby Testkluster BH-10", "Öby Testkluster BH-10");
    }

    @Test
    void thePortfolioRowsComeInTheSameOrder() {
        byte[] file = TestWorkbooks.caseFile("clusters-swedish-sort-order.csv");

        List<String> rows = transaction.execute(status -> {
            status.setRollbackOnly();
            clusters.applyImport(ImportKind.CLUSTERS, "clusters-swedish-sort-order.csv", file);
            return clusters.portfolio().stream().map(PortfolioRow::name).filter(name -> name.endsWith("BH-10")).toList();
        });

        assertThat(rows).containsExactly("aby testkluster BH-10", "Zeta Testkluster BH-10", "Åby Testkluster BH-10",
                "Ängby Testkluster BH-10", "Öby Testkluster BH-10");
    }
}
