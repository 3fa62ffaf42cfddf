package se.klusterportalen.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;

/**
 * Issue #19: a round's matrix is read and evaluated once per region and data version ({@link MatrixCache}): the
 * summary and the pages asked again with nothing changed are the kept ones; after a committed change of the region's
 * data the next page shows it. Reads committed data outside any transaction, as a request does; the test renames a
 * demo cluster of Norra Mellansverige (round 2017: 16 fixed results) in committed transactions and renames it back.
 */
@IntegrationTest
@SignedInAs(NMS_POLITICIAN)
class MatrixCacheIntegrationTest {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    @Autowired RealLogin login;
    @Autowired AssessmentService assessments;
    @Autowired ClusterService clusters;
    @Autowired TransactionTemplate transaction;

    @Test
    void askedAgainTheMatrixIsTheKeptOneUntilTheRegionsDataChanges() {
        var round = assessments.rounds().stream().filter(r -> r.name().equals("2017")).findFirst().orElseThrow().id();
        MatrixSummary summary = assessments.matrixSummary(round);
        var page = assessments.matrixRows(round, MatrixOrder.byName(false), SWEDISH, 0, 50);

        assertThat(summary.rows()).isEqualTo(16);
        assertThat(assessments.matrixSummary(round)).isSameAs(summary);
        assertThat(assessments.matrixRows(round, MatrixOrder.byName(false), SWEDISH, 0, 50)).isEqualTo(page).hasSize(16);
        assertThat(page.getFirst()).isSameAs(assessments.matrixRows(round, new MatrixOrder("F", false, false), SWEDISH,
                0, 50).stream().filter(row -> row.clusterId().equals(page.getFirst().clusterId())).findFirst().orElseThrow());
        MatrixSummary readAnew = transaction.execute(status -> assessments.matrixSummary(round));
        assertThat(readAnew).isEqualTo(summary).isNotSameAs(summary);

        ClusterId first = page.getFirst().clusterId();
        String name = page.getFirst().clusterName();
        // the page's one read per navigation is the kept matrix; a description edit (not a kind the matrix is
        // made from, ADR 0094) keeps it
        RoundMatrix kept = assessments.matrixPages(round);
        assertThat(kept.summary()).isSameAs(summary);
        String description = clusters.profile(first).orElseThrow().description();
        change(first, draft -> draft.setDescription(ClusterFixtures.unique("Matrisbeskrivning")));
        change(first, draft -> draft.setDescription(description == null ? "" : description));
        assertThat(assessments.matrixPages(round)).as("after two description edits").isSameAs(kept);
        String renamed = "Ö " + ClusterFixtures.unique(name); // last by name
        try {
            rename(first, renamed);
            var after = assessments.matrixRows(round, MatrixOrder.byName(false), SWEDISH, 0, 50);
            assertThat(after.getLast().clusterName()).isEqualTo(renamed);
            assertThat(after).extracting(MatrixRow::clusterName).doesNotContain(name);
        } finally {
            rename(first, name);
        }
        assertThat(assessments.matrixRows(round, MatrixOrder.byName(false), SWEDISH, 0, 50)).isEqualTo(page);
    }

    private void rename(ClusterId cluster, String name) {
        change(cluster, draft -> draft.setName(name));
    }

    private void change(ClusterId cluster, java.util.function.Consumer<se.klusterportalen.cluster.ClusterDraft> change) {
        login.inOwnTransaction(NMS_OFFICER, () -> {
            var draft = clusters.draftOf(cluster);
            long version = clusters.profile(cluster).orElseThrow().version();
            change.accept(draft);
            clusters.update(cluster, version, draft);
        });
    }
}
