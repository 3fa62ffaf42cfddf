package se.klusterportalen;

import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.assessment.AssessmentFixtures;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.County;
import se.klusterportalen.cluster.MemberCounts;
import se.klusterportalen.label.LabelId;
import se.klusterportalen.label.LabelInput;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import se.klusterportalen.testsupport.SqlStatements;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Issue #19: opening a main page issues as many SQL statements for a region of 300 clusters as for the demo region
 * of about 20 — no statement per cluster or per assessment (N+1). Counts, not times: speed is measured by the benchmarks.
 */
@SignedInAs(SKANE_OFFICER)
class PageStatementsBrowserlessTest extends SignedInBrowserlessTest {

    private static final int LARGE_REGION = 300;

    @Autowired SqlStatements statements;
    @Autowired ClusterService clusters;
    @Autowired LabelService labels;
    @Autowired ProgrammeService programmes;
    @Autowired AssessmentFixtures assessments;
    @Autowired Clock clock;
    @PersistenceContext EntityManager entityManager;

    @Test
    void theMainPagesIssueAsManyStatementsForThreeHundredClustersAsForTwenty() {
        var programme = programmes.list().getFirst();
        var few = grow(programme, 3);
        assessed("Första runda", few, clock.instant().minus(Duration.ofDays(3))); // so both sizes have a previous round
        assessed("Liten runda", few, clock.instant().minus(Duration.ofDays(2)));
        Map<String, Integer> small = countPerPage(programmes.find(programme.id()).orElseThrow());

        var many = grow(programmes.find(programme.id()).orElseThrow(), LARGE_REGION - clusters.list().size());
        assessed("Stor runda", many.subList(0, 60), clock.instant().minus(Duration.ofDays(1)));
        assertThat(clusters.list()).hasSize(LARGE_REGION);
        Map<String, Integer> large = countPerPage(programmes.find(programme.id()).orElseThrow());

        assertThat(large).isEqualTo(small);
    }

    private Map<String, Integer> countPerPage(ProgrammeSummary programme) {
        var pages = new LinkedHashMap<String, String>();
        pages.put("overview", "");
        pages.put("portfolio", "clusters");
        pages.put("programme", "programmes/" + programme.id());
        pages.put("programme funding", "funding/programmes/" + programme.id());
        pages.put("assessment matrix", "assessments/matrix");
        var counts = new LinkedHashMap<String, Integer>();
        pages.forEach((page, location) -> {
            navigate("programmes", Component.class); // a page not measured, so each count starts from elsewhere
            entityManager.flush();
            entityManager.clear(); // what the test made is read from the database, as in a new request
            counts.put(page, statements.during(() -> navigate(location, Component.class)).size());
        });
        return counts;
    }

    /** A fixed round, newer than the demo's, in which each of the clusters reached phases 2, 3, 1, 2, 2. */
    private void assessed(String round, List<ClusterId> clusters, Instant at) {
        var phases = new LinkedHashMap<ClusterId, int[]>();
        clusters.forEach(cluster -> phases.put(cluster, new int[] {2, 3, 1, 2, 2}));
        assessments.fixedRound(round + " " + UUID.randomUUID(), at, phases);
    }

    /** Adds clusters like the demo's: members in two years, a smart-specialisation area, a label, in the programme. */
    private List<ClusterId> grow(ProgrammeSummary programme, int more) {
        var area = clusters.addArea(UUID.randomUUID(), ClusterFixtures.unique("Område"));
        List<ClusterId> added = new ArrayList<>();
        for (int i = 0; i < more; i++) {
            var draft = clusters.newDraft();
            draft.setName(ClusterFixtures.unique("Skalkluster " + i));
            draft.setSector("Test");
            draft.setCounty(County.SKANE);
            draft.setStatus(ClusterStatus.ACTIVE);
            draft.setManagementFte(new BigDecimal("1.0"));
            draft.setAreaIds(Set.of(area.id()));
            var id = clusters.create(draft);
            clusters.saveMembers(id, MemberCounts.of(2024, 30 + i % 7, 2, 1, 1, 0), true);
            clusters.saveMembers(id, MemberCounts.of(2025, 32 + i % 5, 2, 1, 1, 1), true);
            labels.addLabel(LabelId.random(), id, new LabelInput(LabelLevel.BRONZE, LocalDate.of(2025, 3, 1), null,
                    null, null));
            added.add(id);
        }
        var members = new HashSet<>(programme.clusters());
        members.addAll(added);
        programmes.update(programme.id(), programme.version(), programme.name(), members);
        return added;
    }
}
