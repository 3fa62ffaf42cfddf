package se.klusterportalen.programme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;

/**
 * Issue #11: a repeated "save" of the same new-programme or new-goal form (a double click that got through, a
 * retry after a lost answer) creates one record; two forms create two.
 */
@IntegrationTest
@Transactional
@SignedInAs(NMS_OFFICER)
class ProgrammeRepeatedCreateIntegrationTest {

    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeFixtures fixtures;

    @Test
    void theSameProgrammeFormSavedTwiceCreatesOneProgramme() {
        int before = programmes.list().size();
        String name = ProgrammeFixtures.unique("Dubbelklick");
        var form = ProgrammeId.random();

        var first = programmes.create(form, name, 2027, 2030, List.of());
        var second = programmes.create(form, name, 2027, 2030, List.of());

        assertThat(second.id()).isEqualTo(first.id()).isEqualTo(form);
        assertThat(programmes.list()).hasSize(before + 1)
                .filteredOn(p -> p.name().equals(name)).hasSize(1);
    }

    @Test
    void theSameGoalFormSavedTwiceAddsOneGoal() {
        var programme = fixtures.pastProgramme(ProgrammeFixtures.unique("Dubbelklick"), List.of()).id();
        var form = GoalId.random();
        var definition = GoalDefinition.manual("Strategi antagen", LocalDate.of(2001, 6, 30));

        var first = programmes.addGoal(form, programme, definition);
        var second = programmes.addGoal(form, programme, definition);

        assertThat(second).isEqualTo(first).isEqualTo(form);
        assertThat(programmes.goals(programme)).extracting(g -> g.definition().title()).containsExactly("Strategi antagen");
    }

    @Test
    void twoGoalFormsAddTwoGoals() {
        var programme = fixtures.pastProgramme(ProgrammeFixtures.unique("Dubbelklick"), List.of()).id();
        var definition = GoalDefinition.manual("Strategi antagen", LocalDate.of(2001, 6, 30));

        programmes.addGoal(GoalId.random(), programme, definition);
        programmes.addGoal(GoalId.random(), programme, definition);

        assertThat(programmes.goals(programme)).hasSize(2);
    }
}
