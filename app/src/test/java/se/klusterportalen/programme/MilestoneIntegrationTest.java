package se.klusterportalen.programme;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RegionSql;
import se.klusterportalen.testsupport.RealLogin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

@IntegrationTest
@Transactional
class MilestoneIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired RegionSql sql;
    @Autowired Clock clock;


    ProgrammeId nmsProgramme() {
        return programmes.list().stream().filter(p -> p.name().contains("Norra Mellansverige")).findFirst()
                .orElseThrow().id();
    }

    ClusterId cluster(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).map(ClusterSummary::id).findFirst()
                .orElseThrow();
    }

    MilestoneRecord add(ProgrammeId programme, ClusterId cluster, String title) {
        return programmes.addMilestone(new MilestoneInput(programme, cluster, title, null, "2030 Q1", "Test",
                MilestoneStatus.PLANNED, null, null));
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void theNorraMellansverigeMilestonesAreSeededByQuarterWithTheOverdueOnes() {
        var milestones = programmes.milestones(nmsProgramme());

        assertThat(milestones).hasSizeGreaterThanOrEqualTo(15);
        assertThat(milestones.getFirst().title()).isEqualTo("Praktisk projektstart");
        assertThat(milestones.getFirst().dueDate()).isEqualTo(LocalDate.of(2016, 4, 1));
        var method = milestones.stream().filter(m -> m.title().equals("Metod för uppföljning utvecklad")).findFirst()
                .orElseThrow();
        assertThat(method.dueText()).isEqualTo("2017 Q2");
        assertThat(method.dueDate()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(method.daysOverdue()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2017, 6, 30), LocalDate.now(clock)));
        assertThat(milestones.stream().filter(MilestoneRecord::isOverdue)).extracting(MilestoneRecord::title)
                .contains("Metod för uppföljning utvecklad", "Integreringen klar")
                .doesNotContain("Tre strategidokument på plats");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void aQuarterIsStoredAsItsLastDayAndBadInputIsRefused() {
        var programme = nmsProgramme();
        var added = programmes.addMilestone(new MilestoneInput(programme, null, "Test: kvartal", null, "2017 q3", null,
                MilestoneStatus.PLANNED, null, null));

        assertThat(added.dueDate()).isEqualTo(LocalDate.of(2017, 9, 30));
        assertThat(added.isOverdue()).isTrue();
        assertThatThrownBy(() -> programmes.addMilestone(new MilestoneInput(programme, null, "Test", null, "Q9",
                null, MilestoneStatus.PLANNED, null, null))).isInstanceOf(Rejection.Invalid.class)
                .hasMessage("programme.milestone.quarter.invalid");
        assertThatThrownBy(() -> programmes.addMilestone(new MilestoneInput(programme, null, "Test", null, null,
                null, MilestoneStatus.PLANNED, null, null))).hasMessage("programme.milestone.due.required");
        assertThatThrownBy(() -> programmes.addMilestone(new MilestoneInput(programme, null, "Test", null, "2017 Q3",
                null, MilestoneStatus.DONE, null, null))).hasMessage("programme.milestone.done-on.required");
        assertThatThrownBy(() -> programmes.updateMilestoneStatus(added.id(), MilestoneStatus.DONE,
                LocalDate.now(clock).plusDays(1), null, added.version())).hasMessage("programme.milestone.done-on.future");

        var done = programmes.updateMilestoneStatus(added.id(), MilestoneStatus.DONE, LocalDate.of(2017, 10, 2), null,
                added.version());
        assertThat(done.isOverdue()).isFalse();
        assertThat(done.doneOn()).contains(LocalDate.of(2017, 10, 2));
        assertThatThrownBy(() -> programmes.updateMilestoneStatus(added.id(), MilestoneStatus.CANCELLED, null, null,
                added.version())).isInstanceOf(Rejection.Stale.class);
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void managersUpdateOnlyTheStatusOfTheirOwnClustersMilestones() {
        var programme = nmsProgramme();
        var own = add(programme, cluster("Paper Province"), "Test: Paper Province egen");
        var other = add(programme, cluster("Triple Steelix"), "Test: Triple Steelix");
        var programmeWide = add(programme, null, "Test: hela programmet");

        login.as(NMS_MANAGER);
        assertThat(programmes.mayUpdateStatus(own)).isTrue();
        assertThat(programmes.mayUpdateStatus(other)).isFalse();
        var updated = programmes.updateMilestoneStatus(own.id(), MilestoneStatus.IN_PROGRESS, null, "Igång",
                own.version());
        assertThat(updated.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(updated.comment()).isEqualTo("Igång");
        assertThatThrownBy(() -> programmes.updateMilestoneStatus(other.id(), MilestoneStatus.DONE,
                LocalDate.of(2020, 1, 1), null, other.version())).isInstanceOf(Rejection.Forbidden.class);
        assertThatThrownBy(() -> programmes.updateMilestoneStatus(programmeWide.id(), MilestoneStatus.DELAYED, null,
                null, programmeWide.version())).isInstanceOf(Rejection.Forbidden.class);
        assertThatThrownBy(() -> add(programme, cluster("Paper Province"), "Test: chefen lägger till"))
                .isInstanceOf(AccessDeniedException.class);

        login.as(NMS_POLITICIAN);
        assertThatThrownBy(() -> programmes.updateMilestoneStatus(own.id(), MilestoneStatus.DONE,
                LocalDate.of(2020, 1, 1), null, updated.version())).isInstanceOf(AccessDeniedException.class);

        login.as(NMS_OFFICER);
        assertThat(programmes.updateMilestoneStatus(other.id(), MilestoneStatus.DELAYED, null, null, other.version())
                .status()).isEqualTo(MilestoneStatus.DELAYED);
        assertThat(programmes.clusterMilestones(cluster("Paper Province"))).extracting(MilestoneRecord::title)
                .contains("Test: Paper Province egen", "Paper Province: strategiworkshop med medlemmarna");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void anotherRegionCanNeitherReadNorWriteTheMilestones() {
        var programme = login.inOwnTransaction(NMS_OFFICER, this::nmsProgramme);
        var milestone = login.inOwnTransaction(NMS_OFFICER, () -> programmes.milestones(programme).getFirst());

        assertThatThrownBy(() -> programmes.milestones(programme)).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> programmes.updateMilestoneStatus(milestone.id(), MilestoneStatus.CANCELLED, null,
                null, milestone.version())).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> programmes.addMilestone(new MilestoneInput(programme, null, "Smugglad", null,
                "2017 Q1", null, MilestoneStatus.PLANNED, null, null))).isInstanceOf(Rejection.NotFound.class);

        for (String table : java.util.List.of("milestone", "milestone_aud")) {
            Integer seen = jdbc.queryForObject(
                    "SELECT count(*) FROM " + table + " WHERE region_code = ?", Integer.class, NMS);
            Integer own = sql.asRegion(NMS, (status -> jdbc.queryForObject(
                    "SELECT count(*) FROM " + table + " WHERE region_code = ?", Integer.class, NMS)));
            assertThat(seen).as(table).isZero();
            assertThat(own).as(table).isPositive();
        }
        assertThatThrownBy(() -> sql.runAsRegion(SKANE, (status -> jdbc.update(
                "INSERT INTO milestone (id, region_code, programme_id, title, due_date, status) "
                        + "VALUES (?, ?, ?, 'Smugglad', DATE '2017-03-31', 'PLANNED')",
                UUID.randomUUID(), NMS, programme.value())))).rootCause().hasMessageContaining("row-level security");
        Integer changed = jdbc.update("UPDATE milestone SET status = 'CANCELLED' WHERE region_code = ?", NMS);
        assertThat(changed).isZero();
    }
}
