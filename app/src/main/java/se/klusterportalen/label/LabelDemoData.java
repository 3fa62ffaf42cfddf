package se.klusterportalen.label;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.tenancy.SystemTask;

import java.time.LocalDate;

import static se.klusterportalen.label.LabelLevel.BRONZE;
import static se.klusterportalen.label.LabelLevel.GOLD;
import static se.klusterportalen.label.LabelLevel.SILVER;

/**
 * Invented label histories for Skåne's clusters (DOMAIN.md has the goal, not the awards): by the end of 2021 three
 * Gold and seven with Silver or better, so the programme's label goals show as missed; a few current labels.
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.demo-data")
class LabelDemoData {

    static final String SKANE = "skane";

    private final ClusterService clusters;
    private final LabelService labels;

    LabelDemoData(ClusterService clusters, LabelService labels) {
        this.clusters = clusters;
        this.labels = labels;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        SystemTask.runIn(SKANE, this::skane);
    }

    private void skane(SystemTask task) {
        label(task, "Media Evolution", BRONZE, "2017-03-15", null, "ESCA-BR-2017-114");
        label(task, "Media Evolution", SILVER, "2019-05-20", null, "ESCA-SI-2019-031");
        label(task, "Media Evolution", GOLD, "2021-04-12", 86, "ESCA-GO-2021-007");
        label(task, "Media Evolution", GOLD, "2023-03-30", 88, "ESCA-GO-2023-012");
        label(task, "Media Evolution", GOLD, "2025-03-20", 90, "ESCA-GO-2025-009");
        label(task, "Mobile Heights", BRONZE, "2018-02-01", null, "ESCA-BR-2018-052");
        label(task, "Mobile Heights", SILVER, "2020-03-10", null, "ESCA-SI-2020-018");
        label(task, "Mobile Heights", GOLD, "2024-12-10", 82, "ESCA-GO-2024-041");
        label(task, "Packbridge", SILVER, "2020-09-01", null, "ESCA-SI-2020-044");
        label(task, "Packbridge", GOLD, "2021-10-05", 81, "ESCA-GO-2021-029");
        label(task, "Packbridge", SILVER, "2025-06-10", null, "ESCA-SI-2025-020");
        label(task, "Livsmedelsakademin", BRONZE, "2019-11-20", null, "ESCA-BR-2019-210");
        label(task, "Livsmedelsakademin", SILVER, "2021-06-15", null, "ESCA-SI-2021-027");
        label(task, "Sustainable Business Hub", SILVER, "2020-11-02", null, "ESCA-SI-2020-061");
        label(task, "Resilient Regions Association", BRONZE, "2020-10-10", null, "ESCA-BR-2020-177");
        label(task, "IUC Syd", SILVER, "2021-02-01", null, "ESCA-SI-2021-004");
        label(task, "Medicon Valley Alliance", GOLD, "2020-06-15", 84, "ESCA-GO-2020-015");
        label(task, "Svenskt Marintekniskt Forum", BRONZE, "2021-09-01", null, "ESCA-BR-2021-133");

        labels.setGoalIfMissing(task, cluster(task, "Mobile Heights"), GOLD, LocalDate.parse("2026-12-31"));
        labels.setGoalIfMissing(task, cluster(task, "Sustainable Business Hub"), GOLD, LocalDate.parse("2026-06-30"));
        labels.setGoalIfMissing(task, cluster(task, "Livsmedelsakademin"), GOLD, LocalDate.parse("2027-06-30"));

        var mobileHeights = cluster(task, "Mobile Heights");
        for (GoldIndicator indicator : GoldIndicator.values()) {
            IndicatorRating rating = switch (indicator.area()) {
                case 3 -> IndicatorRating.PARTLY;
                case 5 -> indicator == GoldIndicator.SATISFACTION_ASSESSMENT ? IndicatorRating.NOT_MET : IndicatorRating.MET;
                default -> IndicatorRating.MET;
            };
            String note = rating == IndicatorRating.MET ? null : "Åtgärd planerad inför auditen";
            labels.rateIfMissing(task, mobileHeights, indicator, rating, note);
        }
    }

    private void label(SystemTask task, String cluster, LabelLevel level, String assessedOn, Integer score, String reference) {
        labels.addIfMissing(task, cluster(task, cluster), new LabelInput(level, LocalDate.parse(assessedOn), null, score, reference));
    }

    private ClusterId cluster(SystemTask task, String name) {
        return clusters.addIfMissing(task, name, null, null, ClusterStatus.ACTIVE);
    }
}
