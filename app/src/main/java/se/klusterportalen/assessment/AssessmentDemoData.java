package se.klusterportalen.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 2016/2017 study of Norra Mellansverige's 16 clusters as a fixed round "2017". The phases are plausible, not
 * the study's own table: as in the study, long-term base funding (Financing) is the weakest dimension, median 2.5.
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.demo-data")
class AssessmentDemoData {

    static final String NMS_REGION = "norra-mellansverige";
    static final String ROUND = "2017";
    static final Instant ASSESSED_AT = Instant.parse("2017-03-31T10:00:00Z");

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

    /** Phases S, O, N, A, F; horizontal levels (gender equality, equal opportunities, environment); extra met codes. */
    private record Study(String cluster, int[] phases, int[] levels, Set<String> alsoMet) {
    }

    private static final List<Study> STUDY = List.of(
            new Study("ByggDialog Dalarna", new int[]{3, 3, 3, 3, 2}, new int[]{1, 1, 2}, Set.of()),
            new Study("Compare", new int[]{4, 4, 4, 4, 3}, new int[]{2, 1, 1}, Set.of()),
            new Study("DalaSportsAcademy", new int[]{2, 2, 2, 2, 1}, new int[]{2, 2, 1}, Set.of("F2.1")),
            new Study("Destination Dalarna / Visit Dalarna", new int[]{3, 3, 3, 3, 3}, new int[]{1, 1, 2}, Set.of()),
            new Study("Fiber Optic Valley", new int[]{4, 4, 4, 4, 3}, new int[]{1, 1, 2}, Set.of()),
            new Study("FindIT", new int[]{3, 3, 2, 3, 2}, new int[]{1, 1, 1}, Set.of("S4.1", "N4.1")),
            new Study("Future Position X", new int[]{4, 4, 4, 4, 3}, new int[]{2, 1, 2}, Set.of()),
            new Study("Glava Energy Center", new int[]{3, 3, 3, 3, 2}, new int[]{1, 1, 3}, Set.of()),
            new Study("High Voltage Valley", new int[]{4, 3, 4, 4, 3}, new int[]{1, 1, 2}, Set.of()),
            new Study("Hudiksvalls Hydraulikkluster", new int[]{2, 3, 2, 2, 1}, new int[]{1, 1, 1}, Set.of()),
            new Study("ITSDalarna", new int[]{3, 2, 3, 3, 2}, new int[]{1, 1, 2}, Set.of()),
            new Study("IUC / Stål & Verkstad", new int[]{3, 4, 3, 3, 3}, new int[]{2, 1, 1}, Set.of()),
            new Study("Nifa", new int[]{2, 2, 3, 3, 1}, new int[]{1, 2, 2}, Set.of()),
            new Study("Paper Province", new int[]{4, 4, 4, 4, 4}, new int[]{2, 2, 3}, Set.of()),
            new Study("Triple Steelix", new int[]{4, 4, 3, 4, 3}, new int[]{2, 1, 2}, Set.of("N4.2")),
            new Study("Visit Värmland", new int[]{3, 3, 3, 3, 2}, new int[]{1, 1, 2}, Set.of()));

    private static final Map<String, String> EVIDENCE = Map.of(
            "S", "Strategi- och verksamhetsdokument genomgångna i intervjun med klusterledningen.",
            "O", "Organisationsform och ledning bekräftade i intervjun.",
            "N", "Partner och avtal redovisade i intervjun; kontaktregister finns.",
            "A", "Aktivitets- och projektförteckning redovisad i intervjun.",
            "F", "Finansieringsbeslut och budget redovisade i intervjun.");

    private final AssessmentService assessments;
    private final ClusterService clusters;
    private final PhaseModelCatalog catalog;

    AssessmentDemoData(AssessmentService assessments, ClusterService clusters, PhaseModelCatalog catalog) {
        this.assessments = assessments;
        this.clusters = clusters;
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void load() {
        SystemTask.runIn(NMS_REGION, task -> assessments.importFixedRoundIfMissing(task, ROUND, ASSESSED_AT,
                STUDY.stream().map(study -> toImported(task, study)).toList()));
        log.info("Demo assessment round {} present in {}", ROUND, NMS_REGION);
    }

    private ImportedAssessment toImported(SystemTask task, Study study) {
        var model = catalog.version(1);
        var answers = new ArrayList<AnswerInput>();
        for (int i = 0; i < model.dimensions().size(); i++) {
            var dimension = model.dimensions().get(i);
            int phase = study.phases()[i];
            for (Criterion criterion : dimension.criteria()) {
                boolean met = criterion.phase() <= phase || study.alsoMet().contains(criterion.code());
                answers.add(AnswerInput.criterion(criterion.code(), met, met ? EVIDENCE.get(dimension.code()) : null, null));
            }
        }
        for (int i = 0; i < model.areas().size(); i++) {
            int level = study.levels()[i];
            answers.add(AnswerInput.area(model.areas().get(i).code(), level, analysis(level), activities(level)));
        }
        var cluster = clusters.addIfMissing(task, study.cluster(), null, null, ClusterStatus.ACTIVE);
        return new ImportedAssessment(cluster, answers);
    }

    private static String analysis(int level) {
        return switch (level) {
            case 1 -> "Följer huvudmannens allmänna policy; ingen egen analys av branschen.";
            case 2 -> "Kartläggning av branschen har pekat ut problemområden.";
            default -> "Systemanalys av branschens normer och strukturer, integrerad i strategin.";
        };
    }

    private static String activities(int level) {
        return switch (level) {
            case 1 -> "Policyn kommuniceras till medlemmarna.";
            case 2 -> "Riktade insatser mot de utpekade problemområdena.";
            default -> "Perspektivet är inbyggt i alla projekt och medlemstjänster.";
        };
    }
}
