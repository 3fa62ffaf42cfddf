package se.klusterportalen.label;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** Labels through the service with real logins; NMS clusters are changed here, Skåne's demo labels only read. */
@IntegrationTest
@Transactional
class LabelIntegrationTest {

    @Autowired RealLogin login;
    @Autowired LabelService labels;
    @Autowired ClusterService clusters;
    @Autowired JdbcTemplate jdbc;
    @Autowired RegionSql sql;
    @Autowired Clock clock;


    ClusterId cluster(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).map(ClusterSummary::id).findFirst()
                .orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void skanesDemoLabelsGiveMediaEvolutionGoldNowAndKeepExpiredOnesInTheHistory() {
        var mediaEvolution = labels.clusterLabels(cluster("Media Evolution"));

        assertThat(mediaEvolution.history()).hasSize(5).first()
                .satisfies(newest -> assertThat(newest.assessedOn()).isEqualTo(LocalDate.of(2025, 3, 20)));
        assertThat(mediaEvolution.current()).hasValueSatisfying(current -> {
            assertThat(current.level()).isEqualTo(LabelLevel.GOLD);
            assertThat(current.validUntil()).isEqualTo(LocalDate.of(2027, 3, 20));
            assertThat(current.scorePercent()).contains(90);
        });
        assertThat(labels.clusterLabels(cluster("Medicon Valley Alliance")).current()).isEmpty();
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void officerAddsALabelValidTwoYearsByDefault() {
        var glava = cluster("Glava Energy Center");
        LocalDate assessed = today().minusDays(10);

        var added = labels.addLabel(glava, new LabelInput(LabelLevel.BRONZE, assessed, null, null, " ESCA-BR-1 "));

        assertThat(added.validUntil()).isEqualTo(assessed.plusYears(2));
        assertThat(added.issuerReference()).isEqualTo("ESCA-BR-1");
        assertThat(labels.clusterLabels(glava).current()).contains(added);
        assertThat(labels.currentLabels(List.of(glava))).containsEntry(glava, added);
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void goldBelowEightyPercentAndOtherBadInputChangeNothing() {
        var compare = cluster("Compare");
        LocalDate assessed = today().minusMonths(1);

        assertThatThrownBy(() -> labels.addLabel(compare, new LabelInput(LabelLevel.GOLD, assessed, null, 79, null)))
                .isInstanceOf(Rejection.Invalid.class).hasMessage("label.score.gold-minimum")
                .extracting(e -> ((Rejection.Invalid) e).errors().getFirst().field()).isEqualTo("scorePercent");
        assertThatThrownBy(() -> labels.addLabel(compare, new LabelInput(LabelLevel.SILVER, assessed,
                assessed.minusDays(1), null, null))).hasMessage("label.valid-until.before-assessment");
        assertThatThrownBy(() -> labels.addLabel(compare, new LabelInput(LabelLevel.SILVER, today().plusDays(1),
                null, null, null))).hasMessage("label.assessed-on.future");
        assertThatThrownBy(() -> labels.addLabel(compare, new LabelInput(null, assessed, null, null, null)))
                .hasMessage("label.level.required");
        assertThat(labels.clusterLabels(compare).history()).isEmpty();

        var gold = labels.addLabel(compare, new LabelInput(LabelLevel.GOLD, assessed, null, 80, null));
        assertThat(gold.scorePercent()).contains(80);
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void aStaleEditIsRefusedAndNothingIsOverwritten() {
        var fov = cluster("Fiber Optic Valley");
        LocalDate assessed = today().minusMonths(2);
        var label = labels.addLabel(fov, new LabelInput(LabelLevel.SILVER, assessed, null, null, "A"));
        labels.updateLabel(label.id(), new LabelInput(LabelLevel.SILVER, assessed, null, null, "B"), label.version());

        assertThatThrownBy(() -> labels.updateLabel(label.id(),
                new LabelInput(LabelLevel.SILVER, assessed, null, null, "C"), label.version()))
                .isInstanceOf(Rejection.Stale.class).hasMessage("label.stale");
        assertThat(labels.clusterLabels(fov).history()).singleElement()
                .satisfies(saved -> assertThat(saved.issuerReference()).isEqualTo("B"));
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void goalsAreSetByOfficersAndAPassedGoalDateWarns() {
        var findIt = cluster("FindIT");
        var goal = labels.setGoal(findIt, LabelLevel.SILVER, today().minusDays(3), Optional.empty());

        assertThat(labels.clusterLabels(findIt).warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(LabelWarning.Kind.GOAL_MISSED);
            assertThat(warning.days()).isEqualTo(3);
        });
        assertThatThrownBy(() -> labels.setGoal(findIt, LabelLevel.GOLD, today(), Optional.empty()))
                .isInstanceOf(Rejection.Stale.class);
        labels.setGoal(findIt, LabelLevel.GOLD, today().plusYears(1), Optional.of(goal.version()));
        assertThat(labels.clusterLabels(findIt).goal()).hasValueSatisfying(g ->
                assertThat(g.targetLevel()).isEqualTo(LabelLevel.GOLD));

        login.as(NMS_POLITICIAN);
        assertThatThrownBy(() -> labels.addLabel(findIt, new LabelInput(LabelLevel.BRONZE, today(), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> labels.setGoal(findIt, LabelLevel.GOLD, today(), Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @SignedInAs(NMS_MANAGER)
    void managersPreassessOnlyTheirOwnClusterForGold() {
        var paperProvince = cluster("Paper Province");
        var tripleSteelix = cluster("Triple Steelix");
        assertThat(labels.canPreassess(paperProvince)).isTrue();
        assertThat(labels.canPreassess(tripleSteelix)).isFalse();

        var after = labels.rate(paperProvince, GoldIndicator.COMMUNICATION, IndicatorRating.MET, "Plan antagen 2025", -1);
        after = labels.rate(paperProvince, GoldIndicator.WEB_PRESENCE, IndicatorRating.PARTLY, "Saknar engelska", -1);

        assertThat(after.metCount()).isEqualTo(1);
        assertThat(after.readinessPercent()).isEqualTo(3);
        assertThat(after.gaps()).hasSize(30).anySatisfy(gap -> {
            assertThat(gap.indicator()).isEqualTo(GoldIndicator.WEB_PRESENCE);
            assertThat(gap.note()).isEqualTo("Saknar engelska");
        });
        assertThatThrownBy(() -> labels.rate(paperProvince, GoldIndicator.COMMUNICATION, IndicatorRating.NOT_MET,
                null, -1)).isInstanceOf(Rejection.Stale.class);
        assertThatThrownBy(() -> labels.rate(tripleSteelix, GoldIndicator.COMMUNICATION, IndicatorRating.MET, null, -1))
                .isInstanceOf(Rejection.Forbidden.class);

        login.as(NMS_POLITICIAN);
        assertThat(labels.goldPreassessment(paperProvince).metCount()).isEqualTo(1);
        assertThatThrownBy(() -> labels.rate(paperProvince, GoldIndicator.SUCCESS_STORIES, IndicatorRating.MET, null,
                -1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void skanesManagerSeesTheDemoPreassessmentOfMobileHeights() {
        var assessment = labels.goldPreassessment(cluster("Mobile Heights"));

        assertThat(assessment.metCount()).isEqualTo(28);
        assertThat(assessment.readinessPercent()).isEqualTo(90);
        assertThat(assessment.gaps()).extracting(item -> item.indicator().code()).containsExactly("3.1", "3.2", "5.3");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void anotherRegionsUserReachesNoneOfSkanesLabelsThroughTheService() {
        var mediaEvolution = login.inOwnTransaction(SKANE_OFFICER, () -> cluster("Media Evolution"));

        assertThatThrownBy(() -> labels.clusterLabels(mediaEvolution)).isInstanceOf(Rejection.NotFound.class);
        assertThat(labels.currentLabels(List.of(mediaEvolution))).isEmpty();
        assertThat(labels.portfolio().labels()).doesNotContainKey(mediaEvolution);
        assertThatThrownBy(() -> labels.addLabel(mediaEvolution,
                new LabelInput(LabelLevel.GOLD, today(), null, 95, null))).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> labels.setGoal(mediaEvolution, LabelLevel.GOLD, today(), Optional.empty()))
                .isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void anotherRegionCanNeitherReadNorWriteTheLabelTablesWithRawSql() {
        for (String table : List.of("ecei_label", "ecei_label_aud", "label_goal", "label_goal_aud",
                "gold_indicator_rating", "gold_indicator_rating_aud")) {
            Integer skaneSees = sql.asRegion(SKANE, (status -> jdbc.queryForObject(
                    "SELECT count(*) FROM " + table + " WHERE region_code = ?", Integer.class, SKANE)));
            Integer nmsSees = sql.asRegion(NMS, (status -> jdbc.queryForObject(
                    "SELECT count(*) FROM " + table + " WHERE region_code = ?", Integer.class, SKANE)));
            assertThat(skaneSees).as(table).isPositive();
            assertThat(nmsSees).as(table).isZero();
        }
        UUID skaneCluster = sql.asRegion(SKANE, (status -> jdbc.queryForObject(
                "SELECT cluster_id FROM ecei_label LIMIT 1", UUID.class)));

        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status -> jdbc.update(
                "INSERT INTO ecei_label (id, region_code, cluster_id, level, assessed_on, valid_until) "
                        + "VALUES (?, ?, ?, 'GOLD', DATE '2025-01-01', DATE '2027-01-01')",
                UUID.randomUUID(), SKANE, skaneCluster)))).rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status -> jdbc.update(
                "INSERT INTO label_goal (cluster_id, region_code, target_level, target_date) "
                        + "VALUES (?, ?, 'GOLD', DATE '2027-01-01')", skaneCluster, SKANE))))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> sql.runAsRegion(NMS, (status -> jdbc.update(
                "INSERT INTO gold_indicator_rating (cluster_id, indicator_code, region_code, rating) "
                        + "VALUES (?, '9.9', ?, 'MET')", skaneCluster, SKANE))))
                .rootCause().hasMessageContaining("row-level security");
        Integer updated = sql.asRegion(NMS, (status -> jdbc.update(
                "UPDATE ecei_label SET level = 'BRONZE' WHERE region_code = ?", SKANE)
                + jdbc.update("UPDATE label_goal SET target_level = 'BRONZE' WHERE region_code = ?", SKANE)
                + jdbc.update("DELETE FROM gold_indicator_rating WHERE region_code = ?", SKANE)));
        assertThat(updated).isZero();
    }
}
