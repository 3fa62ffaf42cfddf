package se.klusterportalen.programme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
class ProgrammeIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        login.logout();
    }

    @Test
    void skanesProgrammeRunsFrom2017To2021WithItsTenClusters() {
        login.as(SKANE_POLITICIAN);
        List<ProgrammeSummary> list = programmes.list();

        assertThat(list).singleElement().satisfies(programme -> {
            assertThat(programme.years()).containsExactly(2017, 2018, 2019, 2020, 2021);
            assertThat(programme.clusters()).hasSize(10);
        });
    }

    @Test
    void politiciansCannotCreateProgrammesAndOfficersGetValidation() {
        login.as(SKANE_POLITICIAN);
        assertThatThrownBy(() -> programmes.create("Nytt", 2022, 2025, List.of()))
                .isInstanceOf(AccessDeniedException.class);

        login.as(SKANE_OFFICER);
        assertThatThrownBy(() -> programmes.create("Bakvänt", 2025, 2022, List.of()))
                .hasMessage("programme.period.invalid");
    }

    @Test
    void anotherRegionCanNeitherReadNorWriteTheProgrammes() {
        login.as(NMS_OFFICER);
        assertThat(programmes.list()).extracting(ProgrammeSummary::name).noneMatch(name -> name.contains("2017–2021"));

        Integer visible = RegionContext.callAs(NMS, () -> transaction.execute(status -> jdbc.queryForObject(
                "SELECT count(*) FROM programme_cluster WHERE region_code = ?", Integer.class, SKANE)));
        assertThat(visible).isZero();
        assertThatThrownBy(() -> RegionContext.runAs(NMS, () -> transaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO programme (id, region_code, name, start_year, end_year) VALUES (?, ?, 'X', 2020, 2021)",
                UUID.randomUUID(), SKANE)))).rootCause().hasMessageContaining("row-level security");
        Integer updated = RegionContext.callAs(NMS, () -> transaction.execute(status ->
                jdbc.update("UPDATE programme SET name = 'Kapad' WHERE region_code = ?", SKANE)));
        assertThat(updated).isZero();
    }
}
