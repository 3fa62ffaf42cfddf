package se.klusterportalen.funding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;

import java.util.HashMap;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * Issue #19: the programme funding page's sums and cluster pages are kept per region and data version
 * ({@link FundingFigures}): asked again with nothing changed, the kept records come back (the same instances); after
 * a committed change of the region's data the next answer shows it. Reads committed data outside any transaction, as
 * a request does; the test renames a demo cluster and changes an envelope in committed transactions and undoes both.
 */
@IntegrationTest
@SignedInAs(SKANE_POLITICIAN)
class FundingFiguresCacheIntegrationTest {

    @Autowired RealLogin login;
    @Autowired FundingService funding;
    @Autowired ProgrammeService programmes;
    @Autowired ClusterService clusters;
    @Autowired ClusterFixtures fixtures;
    @Autowired TransactionTemplate transaction;

    @Test
    void askedAgainTheSumsAndPagesAreTheKeptOnesUntilTheRegionsDataChanges() {
        ProgrammeId programme = programmes.list().getFirst().id();
        ProgrammeTotals totals = funding.programmeTotals(programme);
        var page = funding.clusterPlans(programme, 0, 50);

        assertThat(funding.programmeTotals(programme)).isSameAs(totals);
        assertThat(funding.clusterPlans(programme, 0, 50)).isSameAs(page).hasSize(10);
        // read inside a transaction: read anew, the same figures
        ProgrammeTotals readAnew = transaction.execute(status -> funding.programmeTotals(programme));
        assertThat(readAnew).isEqualTo(totals).isNotSameAs(totals);

        ClusterId first = page.getFirst().cluster();
        String name = page.getFirst().clusterName();
        String renamed = ClusterFixtures.unique(name);
        var cell = totals.envelopes().keySet().iterator().next();
        var envelopes = new HashMap<>(totals.envelopes());
        envelopes.put(cell, totals.envelopes().get(cell) + 1_000);
        // a description edit is not a kind the funding page is made from (ADR 0094): the kept records stay
        String description = clusters.profile(first).orElseThrow().description();
        change(first, draft -> draft.setDescription(ClusterFixtures.unique("Finansieringsbeskrivning")));
        change(first, draft -> draft.setDescription(description == null ? "" : description));
        assertThat(funding.programmeTotals(programme)).isSameAs(totals);
        assertThat(funding.clusterPlans(programme, 0, 50)).isSameAs(page);
        try {
            rename(first, renamed);
            assertThat(funding.clusterPlans(programme, 0, 50)).extracting(ClusterFundingPlan::clusterName)
                    .contains(renamed).doesNotContain(name);
            login.inOwnTransaction(SKANE_OFFICER, () -> funding.saveEnvelopeTotals(programme, totals.envelopes(), envelopes));
            assertThat(funding.programmeTotals(programme).envelope(cell)).hasValue(totals.envelopes().get(cell) + 1_000);
        } finally {
            login.inOwnTransaction(SKANE_OFFICER, () -> funding.saveEnvelopeTotals(programme, envelopes, totals.envelopes()));
            rename(first, name);
        }
        assertThat(funding.programmeTotals(programme)).isEqualTo(totals);
        assertThat(funding.clusterPlans(programme, 0, 50)).isEqualTo(page);
    }

    private void rename(ClusterId cluster, String name) {
        change(cluster, draft -> draft.setName(name));
    }

    private void change(ClusterId cluster, java.util.function.Consumer<se.klusterportalen.cluster.ClusterDraft> change) {
        login.inOwnTransaction(SKANE_OFFICER, () -> {
            var draft = clusters.draftOf(cluster);
            long version = clusters.profile(cluster).orElseThrow().version();
            change.accept(draft);
            clusters.update(cluster, version, draft);
        });
    }
}
