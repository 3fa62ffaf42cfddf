package se.klusterportalen.label;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** Issue #11: a repeated "save" of the same new-label form adds one label to the cluster's history, not two. */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class LabelRepeatedCreateIntegrationTest {

    @Autowired LabelService labels;
    @Autowired ClusterFixtures clusters;

    @Test
    void theSameLabelFormSavedTwiceAddsOneLabel() {
        var cluster = clusters.create(ClusterFixtures.unique("Dubbelklick"));
        var form = LabelId.random();
        var input = new LabelInput(LabelLevel.BRONZE, LocalDate.of(2026, 5, 4), null, null, "ESCA-BR-7");

        var first = labels.addLabel(form, cluster, input);
        var second = labels.addLabel(form, cluster, input);

        assertThat(second.id()).isEqualTo(first.id()).isEqualTo(form);
        assertThat(labels.clusterLabels(cluster).history()).hasSize(1)
                .first().satisfies(label -> assertThat(label.validUntil()).isEqualTo(LocalDate.of(2028, 5, 4)));
    }
}
