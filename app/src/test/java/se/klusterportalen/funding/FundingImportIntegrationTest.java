package se.klusterportalen.funding;

import se.klusterportalen.rejection.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.programme.ProgrammeFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.cluster.ClusterDraft;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.spreadsheet.ImportProblem;
import se.klusterportalen.spreadsheet.Spreadsheets;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.RealLogin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** Import of planned and actual amounts: preview, all or nothing, row and column in every error, no overwriting. */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class FundingImportIntegrationTest {

    private static final String HUB = "Sustainable Business Hub";
    private static final String RESILIENT = "Resilient Regions Association";
    private static final String OUTSIDE = "Testkluster utanför programmet";
    private static final String HEADER = "Kluster;Finansieringskälla;År;Planerat;Utfall\n";
    private static final String FEES = StandardStream.MEMBER_FEES.swedishName();
    private static final String BASE = StandardStream.REGION_BASE.swedishName();

    @Autowired RealLogin login;
    @Autowired FundingService funding;
    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeFixtures programmeFixtures;
    @Autowired ClusterService clusters;

    private ProgrammeId programme;
    private final List<ClusterFundingPlan> before = new ArrayList<>();

    @BeforeEach
    void thePlansTheTestsChange() {
        programme = programmes.list().getFirst().id();
        before.add(plan(HUB));
        before.add(plan(RESILIENT));
    }

    private ClusterId cluster(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).map(ClusterSummary::id).findFirst()
                .orElseThrow();
    }

    private ClusterFundingPlan plan(String name) {
        return funding.clusterPlan(programme, cluster(name));
    }

    private static FundingStreamId stream(ClusterFundingPlan plan, StandardStream standard) {
        return plan.streams().stream().filter(s -> s.standard().equals(Optional.of(standard))).findFirst()
                .orElseThrow().id();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theTemplateHoldsTheProgrammesAmountsAndImportsAsUnchanged() {
        byte[] template = funding.importTemplate(programme);

        FundingImportResult result = funding.previewImport(programme, "mall.xlsx", template);

        assertThat(result.problems()).isEmpty();
        int clustersInProgramme = programmes.list().getFirst().clusters().size();
        assertThat(result.rows()).hasSize(clustersInProgramme * funding.streams().size() * 5);
        assertThat(result.changedRows()).isZero();
        assertThat(result.rows()).filteredOn(row -> row.clusterName().equals("Mobile Heights") && row.year() == 2017
                        && row.stream().isRegionBase())
                .singleElement().satisfies(row -> assertThat(row.plannedAfter()).isEqualTo(2_800_000));
    }

    @Test
    void aFileChangesOnlyTheAmountsItNamesAndOnlyWhenConfirmed() {
        ClusterFundingPlan hub = before.get(0);
        ClusterFundingPlan resilient = before.get(1);
        FundingStreamId fees = stream(hub, StandardStream.MEMBER_FEES);
        FundingStreamId municipalities = stream(resilient, StandardStream.MUNICIPALITIES);
        byte[] file = csv(HEADER
                + HUB + ";" + FEES + ";2020;1 250 000 kr;\n"
                + RESILIENT + ";" + StandardStream.MUNICIPALITIES.swedishName() + ";2019;;412 000\n"
                + RESILIENT + ";" + StandardStream.MEMBER_FEES.englishName().toUpperCase() + ";2017;;\n");

        FundingImportResult preview = funding.previewImport(programme, "belopp.csv", file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(FundingImportResult.Row::row, FundingImportResult.Row::changes)
                .containsExactly(tuple(2, true), tuple(3, true), tuple(4, false));
        assertThat(preview.rows().getFirst().plannedBefore()).isEqualTo(hub.planned(fees, 2020));
        assertThat(plan(HUB)).isEqualTo(hub);

        funding.applyImport(programme, "belopp.csv", file, preview);

        ClusterFundingPlan hubAfter = plan(HUB);
        assertThat(hubAfter.planned(fees, 2020)).isEqualTo(1_250_000);
        assertThat(hubAfter.actual(fees, 2020)).isEqualTo(hub.actual(fees, 2020));
        assertThat(hubAfter.amounts()).filteredOn(a -> !a.cell().equals(new StreamYear(fees, 2020)))
                .containsExactlyInAnyOrderElementsOf(hub.amounts().stream()
                        .filter(a -> !a.cell().equals(new StreamYear(fees, 2020))).toList());
        assertThat(hubAfter.tapering()).isEqualTo(hub.tapering());
        assertThat(hubAfter.changedBy()).hasValue(SKANE_OFFICER);
        ClusterFundingPlan resilientAfter = plan(RESILIENT);
        assertThat(resilientAfter.actual(municipalities, 2019)).hasValue(412_000);
        assertThat(resilientAfter.planned(municipalities, 2019)).isEqualTo(resilient.planned(municipalities, 2019));
    }

    @Test
    void anExcelFileWithNumberCellsImportsToo() {
        byte[] file = Spreadsheets.write("Finansiering", List.of("Kluster", "Finansieringskälla", "År", "Utfall"),
                List.of(List.of(HUB, BASE, "2019", "1900000")));

        FundingImportResult preview = funding.previewImport(programme, "utfall.xlsx", file);
        funding.applyImport(programme, "utfall.xlsx", file, preview);

        ClusterFundingPlan hub = plan(HUB);
        assertThat(hub.actual(stream(hub, StandardStream.REGION_BASE), 2019)).hasValue(1_900_000);
    }

    @Test
    void aFileWithErrorsImportsNothingAndNamesEveryErrorsRowAndColumn() {
        var outside = new ClusterDraft();
        outside.setName(OUTSIDE);
        outside.setStatus(ClusterStatus.ACTIVE);
        clusters.create(outside);
        byte[] file = csv(HEADER
                + HUB + ";" + FEES + ";2020;999 000;\n"
                + "Finns Inte;" + FEES + ";2020;1;\n"
                + "Paper Province;" + FEES + ";2020;1;\n"
                + OUTSIDE + ";" + FEES + ";2020;1;\n"
                + HUB + ";Lotterivinster;2020;1;\n"
                + HUB + ";" + FEES + ";2016;1;\n"
                + HUB + ";" + FEES + ";tjugo;1;\n"
                + HUB + ";" + BASE + ";2018;-5;\n"
                + HUB + ";" + BASE + ";2019;;1250000,50\n"
                + HUB + ";" + FEES + ";2020;5;\n"
                + ";" + FEES + ";2021;1;\n");

        FundingImportResult preview = funding.previewImport(programme, "fel.csv", file);

        assertThat(preview.problems()).containsExactly(
                new ImportProblem(3, "Kluster", "funding.import.error.unknown-cluster", "Finns Inte"),
                new ImportProblem(4, "Kluster", "funding.import.error.unknown-cluster", "Paper Province"),
                new ImportProblem(5, "Kluster", "funding.import.error.cluster-not-in-programme", OUTSIDE),
                new ImportProblem(6, "Finansieringskälla", "funding.import.error.unknown-stream", "Lotterivinster"),
                new ImportProblem(7, "År", "funding.year.outside-programme", "2016"),
                new ImportProblem(8, "År", "spreadsheet.error.not-a-whole-number", "tjugo"),
                new ImportProblem(9, "Planerat", "funding.amount.negative", "-5"),
                new ImportProblem(10, "Utfall", "funding.amount.not-whole", "1250000,50"),
                new ImportProblem(11, "År", "funding.import.error.duplicate-cell", "2020"),
                new ImportProblem(12, "Kluster", "spreadsheet.error.required", ""));
        assertThat(preview.rows()).isEmpty();
        var refused = funding.applyImport(programme, "fel.csv", file, preview);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.problems()).hasSize(10);
        assertThat(plan(HUB)).isEqualTo(before.getFirst());
    }

    @Test
    void aFileWithoutTheColumnsItNeedsIsRefusedAtItsHeader() {
        assertThat(funding.previewImport(programme, "a.csv", csv("Kluster;År;Planerat\n" + HUB + ";2019;1\n")).problems())
                .containsExactly(new ImportProblem(1, "Finansieringskälla", "spreadsheet.error.missing-column", ""));
        assertThat(funding.previewImport(programme, "b.csv", csv("Kluster;Finansieringskälla;År;Belopp\n")).problems())
                .containsExactly(new ImportProblem(1, "Belopp", "spreadsheet.error.unknown-column", "Belopp"),
                        new ImportProblem(1, "Planerat / Utfall", "funding.import.error.no-amount-column", ""));
        assertThat(funding.previewImport(programme, "c.pdf", csv("%PDF-1.4")).problems())
                .extracting(ImportProblem::reasonKey).containsExactly("spreadsheet.error.file-type");
    }

    @Test
    void thePreviewShowsTheTaperingRulesTheImportedPlanWouldBreak() {
        ClusterFundingPlan hub = before.getFirst();
        assertThat(hub.tapering()).isPresent();
        long raised = hub.planned(stream(hub, StandardStream.REGION_BASE), 2019) + 500_000;

        FundingImportResult preview = funding.previewImport(programme, "höjning.csv",
                csv(HEADER + HUB + ";" + BASE + ";2020;" + raised + ";\n"));

        assertThat(preview.warnings()).extracting(w -> w.clusterName(), w -> w.warning().type(), w -> w.warning().year())
                .contains(tuple(HUB, FundingWarning.Type.BASE_RISING, 2020));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // all or nothing needs the import's own transaction
    void aPlanSavedByOthersAfterThePreviewRefusesTheWholeImport() {
        // committed, in a programme of its own (2001–2002) so that no demo plan changes
        ProgrammeId own = programmeFixtures.pastProgramme(ProgrammeFixtures.unique("Testprogram import"),
                List.of(cluster(HUB), cluster(RESILIENT))).id();
        ClusterFundingPlan empty = funding.clusterPlan(own, cluster(HUB));
        FundingStreamId fees = stream(empty, StandardStream.MEMBER_FEES);
        ClusterFundingPlan hub = funding.savePlan(own, empty.cluster(), empty.version(), List.of(
                new FundingAmountValue(fees, 2001, 100_000, OptionalLong.empty()),
                new FundingAmountValue(fees, 2002, 100_000, OptionalLong.empty())), Optional.empty());
        ClusterFundingPlan resilient = funding.clusterPlan(own, cluster(RESILIENT));
        byte[] file = csv(HEADER + RESILIENT + ";" + FEES + ";2001;333 000;\n" + HUB + ";" + FEES + ";2001;444 000;\n");
        FundingImportResult preview = funding.previewImport(own, "belopp.csv", file);
        funding.savePlan(own, hub.cluster(), hub.version(), List.of(
                new FundingAmountValue(fees, 2001, 100_000, OptionalLong.empty()),
                new FundingAmountValue(fees, 2002, 777_000, OptionalLong.empty())), Optional.empty());

        assertThatThrownBy(() -> funding.applyImport(own, "belopp.csv", file, preview))
                .isInstanceOfSatisfying(Rejection.Stale.class,
                        stale -> assertThat(stale.messageKey()).isEqualTo("funding.conflict.plan"));

        assertThat(funding.clusterPlan(own, hub.cluster()).planned(fees, 2002)).isEqualTo(777_000);
        assertThat(funding.clusterPlan(own, hub.cluster()).planned(fees, 2001)).isEqualTo(100_000);
        assertThat(funding.clusterPlan(own, resilient.cluster())).isEqualTo(resilient);
    }

    @Test
    void onlyOfficersImport() {
        byte[] file = csv(HEADER + HUB + ";" + FEES + ";2020;1;\n");
        var preview = new FundingImportResult(programme, List.of(), List.of(), Map.of(), List.of());

        login.as(SKANE_MANAGER);
        assertThatThrownBy(() -> funding.previewImport(programme, "x.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funding.applyImport(programme, "x.csv", file, preview))
                .isInstanceOf(AccessDeniedException.class);
        login.as(SKANE_POLITICIAN);
        assertThatThrownBy(() -> funding.importTemplate(programme)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funding.applyImport(programme, "x.csv", file, preview))
                .isInstanceOf(AccessDeniedException.class);
    }
}
