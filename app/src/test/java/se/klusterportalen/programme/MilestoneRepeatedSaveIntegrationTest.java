package se.klusterportalen.programme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;

/**
 * Issue #11: a repeated "save" of the same new-milestone form (a double click that got through, a retry after a
 * lost answer) creates one milestone, not two.
 */
@IntegrationTest
@Transactional
@SignedInAs(NMS_OFFICER)
class MilestoneRepeatedSaveIntegrationTest {

    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeFixtures fixtures;

    @Test
    void theSameFormSavedTwiceCreatesOneMilestone() {
        var programme = fixtures.pastProgramme(ProgrammeFixtures.unique("Dubbelspar"), java.util.List.of()).id();
        var form = MilestoneId.random();
        var input = new MilestoneInput(programme, null, "Analys klar", null, "2001 Q2", null, MilestoneStatus.PLANNED,
                null, null);

        var first = programmes.addMilestone(form, input);
        var second = programmes.addMilestone(form, input);

        assertThat(second.id()).isEqualTo(first.id()).isEqualTo(form);
        assertThat(programmes.milestones(programme)).extracting(MilestoneRecord::title).containsExactly("Analys klar");
    }

    @Test
    void twoFormsCreateTwoMilestones() {
        var programme = fixtures.pastProgramme(ProgrammeFixtures.unique("Dubbelspar"), java.util.List.of()).id();
        var input = new MilestoneInput(programme, null, "Analys klar", null, "2001 Q2", null, MilestoneStatus.PLANNED,
                null, null);

        programmes.addMilestone(MilestoneId.random(), input);
        programmes.addMilestone(MilestoneId.random(), input);

        assertThat(programmes.milestones(programme)).hasSize(2);
    }
}
