package se.klusterportalen.programme;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneOverdueUnitTest {

    static final LocalDate DUE = LocalDate.of(2017, 6, 30);

    static MilestoneRecord on(LocalDate today, MilestoneStatus status) {
        var milestone = new Milestone(UUID.randomUUID());
        var programme = new ProgrammeId(UUID.randomUUID());
        milestone.apply(new MilestoneInput(programme, null, "Tre strategidokument", DUE, null, null, status,
                status == MilestoneStatus.DONE ? DUE : null, null), DUE, Optional.of(new Quarter(2017, 2)), DUE);
        return milestone.toRecord(today);
    }

    @Test
    void notOverdueOnTheDueDate() {
        assertThat(on(DUE, MilestoneStatus.IN_PROGRESS).isOverdue()).isFalse();
    }

    @Test
    void overdueTheDayAfterWithTheNumberOfDays() {
        assertThat(on(DUE.plusDays(1), MilestoneStatus.PLANNED).daysOverdue()).isEqualTo(1);
        assertThat(on(LocalDate.of(2017, 9, 30), MilestoneStatus.DELAYED).daysOverdue()).isEqualTo(92);
    }

    @Test
    void doneAndCancelledAreNeverOverdue() {
        assertThat(on(DUE.plusYears(3), MilestoneStatus.DONE).isOverdue()).isFalse();
        assertThat(on(DUE.plusYears(3), MilestoneStatus.CANCELLED).isOverdue()).isFalse();
    }

    @Test
    void showsTheQuarterItWasPlannedBy() {
        assertThat(on(DUE, MilestoneStatus.PLANNED).dueText()).isEqualTo("2017 Q2");
    }
}
