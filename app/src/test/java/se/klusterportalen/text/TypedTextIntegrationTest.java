package se.klusterportalen.text;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.funding.StreamKind;
import se.klusterportalen.programme.MilestoneInput;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Names and codes typed (or pasted from a web page) into the forms are normalised at the service boundary the same
 * way as imported ones, so the REST API and the UI store the same text: no-break and zero-width spaces, decomposed
 * letters and look-alike dashes in codes.
 */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class TypedTextIntegrationTest {

    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;
    @Autowired FundingService funding;

    @Test
    void aClusterFormStoresItsNameTextsAndOrganisationNumberNormalised() {
        var draft = clusters.newDraft();
        draft.setName("\u00a0Testkluster\u00a0\u00a0Beso\u0308k\u200b ");
        draft.setSector("Mat\u202foch dryck");
        draft.setDescription("Rad ett\u00a0\r\n\r\n\r\nrad två ");
        draft.setHostOrgNumber("559900\u20111236");
        draft.setStatus(ClusterStatus.ACTIVE);

        var id = clusters.create(draft);

        var saved = clusters.draftOf(id);
        assertThat(saved.getName()).isEqualTo("Testkluster Besök");
        assertThat(saved.getSector()).isEqualTo("Mat och dryck");
        assertThat(saved.getDescription()).isEqualTo("Rad ett\n\nrad två");
        assertThat(saved.getHostOrgNumber()).isEqualTo("559900-1236");
    }

    @Test
    void anOrganisationNumberTypedWithAnInvisibleCharacterAndAWrongDigitSaysBoth() {
        var draft = clusters.newDraft();
        draft.setName("Testkluster Orgnr");
        draft.setHostOrgNumber("559900\u00a01237");

        assertThatThrownBy(() -> clusters.create(draft))
                .hasMessageContaining("cluster.error.org-number.check-digit.hidden");
    }

    @Test
    void programmeStreamAndMilestoneNamesAreNormalisedAndMatchedNormalised() {
        var programme = programmes.create("Program\u00a0Testkust\u200b 2030 ", 2026, 2030, List.of());
        var stream = funding.addStream("Sponsring\u00a0Testkust ", StreamKind.PRIVATE, false);
        var milestone = programmes.addMilestone(new MilestoneInput(programme.id(), null, "Avstamp\u00a0 ",
                null, "2026\u00a0Q2", "Ola\u202fNordman", MilestoneStatus.PLANNED, null, null));

        assertThat(programme.name()).isEqualTo("Program Testkust 2030");
        assertThat(stream.name()).isEqualTo("Sponsring Testkust");
        assertThat(milestone.title()).isEqualTo("Avstamp");
        assertThat(milestone.responsible()).isEqualTo("Ola Nordman");
        assertThatThrownBy(() -> funding.addStream("sponsring\u00a0testkust", StreamKind.PRIVATE, false))
                .hasMessageContaining("funding.stream.name.taken");
    }
}
