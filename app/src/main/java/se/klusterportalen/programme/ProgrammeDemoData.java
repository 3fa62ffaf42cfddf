package se.klusterportalen.programme;

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
import java.util.List;

import static se.klusterportalen.label.LabelLevel.GOLD;
import static se.klusterportalen.label.LabelLevel.SILVER;
import static se.klusterportalen.programme.MilestoneStatus.DELAYED;
import static se.klusterportalen.programme.MilestoneStatus.DONE;
import static se.klusterportalen.programme.MilestoneStatus.IN_PROGRESS;
import static se.klusterportalen.programme.MilestoneStatus.PLANNED;

/**
 * Skåne's programme goals for 2021 and the Norra Mellansverige milestones 2016–2018 (shared/DOMAIN.md). Statuses and
 * done dates of the milestones are invented. Runs after the programmes exist (DemoData, order 0).
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.demo-data")
class ProgrammeDemoData {

    static final String SKANE = "skane";
    static final String NMS = "norra-mellansverige";
    static final String SKANE_PROGRAMME = "Klusterutvecklingsprogram 2017–2021";
    static final String NMS_PROGRAMME = "Smart specialisering Norra Mellansverige 2016–2018";
    static final LocalDate END_OF_2021 = LocalDate.of(2021, 12, 31);

    private final ProgrammeService programmes;
    private final ClusterService clusters;

    ProgrammeDemoData(ProgrammeService programmes, ClusterService clusters) {
        this.programmes = programmes;
        this.clusters = clusters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void load() {
        SystemTask.runIn(SKANE, this::skane);
        SystemTask.runIn(NMS, this::norraMellansverige);
    }

    private void skane(SystemTask task) {
        var programme = programmes.ensureExists(task, SKANE_PROGRAMME, 2017, 2021, List.of()).id();
        programmes.addGoalsIfNone(task, programme, List.of(
                GoalDefinition.labelAtLeast("Minst fem klusterinitiativ har ECEI-märkning i guld", 5, GOLD, END_OF_2021),
                GoalDefinition.labelAll("Övriga klusterinitiativ har ECEI-märkning i silver", SILVER, END_OF_2021),
                GoalDefinition.eccpAll("Alla är registrerade på European Cluster Collaboration Platform", END_OF_2021),
                GoalDefinition.communicationPlanAll("Alla har en tydlig kommunikationsplan och en aktiv kommunikation",
                        END_OF_2021),
                GoalDefinition.manual("Ökad samverkan med varandra och med innovationssystemet", END_OF_2021),
                GoalDefinition.manual("Har tillsammans bidragit till minst 1–3 nya tillväxtområden", END_OF_2021),
                GoalDefinition.manual("Tydligt fokus på hållbar produktion och resurseffektiva, miljövänliga varor "
                        + "och tjänster", END_OF_2021),
                GoalDefinition.manual("Bättre mångfald och jämställdhet i ledning och personal; mer kunskap om miljö "
                        + "och klimat", END_OF_2021),
                GoalDefinition.membersEach("Varje klusterinitiativ har minst 50 medlemsföretag och organisationer",
                        50, END_OF_2021),
                GoalDefinition.manual("Ledarskaps- och kompetensutveckling med tydligt fokus på mångfald och "
                        + "jämställdhet", END_OF_2021),
                GoalDefinition.baseFundingMax("Regionens basfinansiering högst 1 MSEK per klusterinitiativ 2021",
                        1_000_000, 2021)));
        programmes.judgeIfNotAssessed(task, programme, "Ökad samverkan med varandra och med innovationssystemet",
                GoalStatus.ACHIEVED, "Gemensamma öppna innovationsarenor sedan 2019.");
        programmes.judgeIfNotAssessed(task, programme, "Har tillsammans bidragit till minst 1–3 nya tillväxtområden",
                GoalStatus.ON_TRACK, "Två områden under utveckling: cirkulära förpackningar och digital hälsa.");

        var mobileHeights = cluster(task, "Mobile Heights");
        milestone(task, programme, null, "Öppna innovationsarenor startade", "2019 Q1", "Region Skåne", DONE, "2019-03-14");
        milestone(task, programme, null, "Alla klusterinitiativ registrerade på ECCP", "2019 Q4", "Klusterledarna", DELAYED, null);
        milestone(task, programme, null, "Halvtidsutvärdering av programmet", "2019 Q2", "Region Skåne", DONE, "2019-06-19");
        milestone(task, programme, null, "Slutrapport till regionala utvecklingsnämnden", "2022 Q1", "Region Skåne", DONE,
                "2022-03-02");
        milestone(task, programme, mobileHeights, "Mobile Heights: kommunikationsplan antagen", "2018 Q2",
                "Klusterledaren", DONE, "2018-05-30");
        milestone(task, null, mobileHeights, "Mobile Heights: förbedömning inför guldmärkning klar", "2026 Q4",
                "Klusterledaren", IN_PROGRESS, null);
    }

    private void norraMellansverige(SystemTask task) {
        var programme = programmes.ensureExists(task, NMS_PROGRAMME, 2016, 2018, List.of()).id();
        programmes.addMilestoneIfMissing(task, new MilestoneInput(programme, null, "Praktisk projektstart",
                LocalDate.of(2016, 4, 1), null, "Projektledningen", DONE, LocalDate.of(2016, 4, 1), null));
        milestone(task, programme, null, "Projektorganisation och övergripande plan klara", "2016 Q2", "Projektledningen",
                DONE, "2016-06-20");
        milestone(task, programme, null, "Kluster och lärosäten engagerade", "2016 Q3", "Region Gävleborg", DONE, "2016-09-28");
        milestone(task, programme, null, "Behovskartläggning av klustren klar", "2016 Q4", "Region Dalarna", DONE, "2016-12-16");
        milestone(task, programme, null, "Analys klar som grund för alla regioners strategier", "2017 Q1", "Projektledningen",
                DONE, "2017-03-30");
        milestone(task, programme, null, "Processtöd för klustren utvecklat", "2017 Q1", "Region Värmland", DONE, "2017-03-24");
        milestone(task, programme, null, "Tre strategidokument på plats", "2017 Q2", "Regionerna", DONE, "2017-06-28");
        milestone(task, programme, null, "Metod för uppföljning utvecklad", "2017 Q2", "Projektledningen", DELAYED, null);
        milestone(task, programme, null, "Stöd till innovativa processer i alla regioner", "2017 Q3", "Regionerna", DONE,
                "2017-09-29");
        milestone(task, programme, null, "Integrering av processtöd och utvärdering i ordinarie arbete påbörjad", "2017 Q4",
                "Regionerna", DONE, "2017-12-15");
        milestone(task, programme, null, "Integreringen klar", "2018 Q1", "Regionerna", IN_PROGRESS, null);
        milestone(task, programme, null, "Avslutande arbete", "2018 Q2", "Projektledningen", DONE, "2018-06-29");
        programmes.addMilestoneIfMissing(task, new MilestoneInput(programme, null, "Projektslut", LocalDate.of(2018, 7, 31),
                null, "Projektledningen", DONE, LocalDate.of(2018, 7, 31), null));
        milestone(task, programme, cluster(task, "Paper Province"), "Paper Province: strategiworkshop med medlemmarna", "2017 Q3",
                "Klusterledaren", PLANNED, null);
        milestone(task, programme, cluster(task, "Triple Steelix"), "Triple Steelix: behovskartläggning redovisad", "2016 Q4",
                "Klusterledaren", DONE, "2016-12-09");
    }

    private void milestone(SystemTask task, ProgrammeId programme, ClusterId cluster, String title, String quarter, String responsible,
                           MilestoneStatus status, String doneOn) {
        programmes.addMilestoneIfMissing(task, input(programme, cluster, title, quarter, responsible, status, doneOn));
    }

    private static MilestoneInput input(ProgrammeId programme, ClusterId cluster, String title, String quarter,
                                        String responsible, MilestoneStatus status, String doneOn) {
        return new MilestoneInput(programme, cluster, title, null, quarter, responsible, status,
                doneOn == null ? null : LocalDate.parse(doneOn), null);
    }

    private ClusterId cluster(SystemTask task, String name) {
        return clusters.addIfMissing(task, name, null, null, ClusterStatus.ACTIVE);
    }
}
