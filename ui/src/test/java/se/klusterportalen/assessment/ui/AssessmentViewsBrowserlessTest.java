package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import se.klusterportalen.assessment.AssessmentDetails;
import com.vaadin.flow.component.textfield.TextArea;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.assessment.AnswerInput;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.AssessmentSummary;
import se.klusterportalen.assessment.RoundSummary;
import se.klusterportalen.base.ui.AccessDeniedView;
import se.klusterportalen.base.ui.MessagesI18NProvider;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

class AssessmentViewsBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired AssessmentService assessments;
    @Autowired ClusterService clusters;
    @Autowired AssessmentClusterSection section;
    @Autowired AssessmentPhaseColumn column;

    private ClusterId cluster(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).map(ClusterSummary::id).findFirst()
                .orElseThrow();
    }

    private AssessmentSummary openDraftForMobileHeights() {
        var round = assessments.openRound("Vy " + UUID.randomUUID(), List.of(cluster("Mobile Heights")));
        return assessments.assessments(round.id()).getFirst();
    }

    private RoundSummary round2017() {
        return assessments.rounds().stream().filter(r -> r.name().equals("2017")).findFirst().orElseThrow();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theMatrixOpensOnTheNewestRoundWithFixedResultsNotOnANewerOneWithOnlyDrafts() {
        var fixedRound = openDraftForMobileHeights();
        var details = answerAllBut(fixedRound, java.util.Set.of(), java.util.Set.of());
        details = assessments.submit(fixedRound.id(), details.version());
        assessments.fix(fixedRound.id(), details.version());
        var drafts = assessments.openRound("Bara utkast " + UUID.randomUUID(), List.of(cluster("Media Evolution")));
        assertThat(assessments.rounds().getFirst().id()).isEqualTo(drafts.id());

        var view = navigate(MatrixView.class);

        assertThat(view.round.getValue().name()).isEqualTo(fixedRound.roundName());
        assertThat(test(view.phases).size()).isEqualTo(1);
    }

    /** The matrix at {@code ?round=id}, as a link or a bookmark opens it. */
    private MatrixView matrixAt(String round) {
        com.vaadin.flow.component.UI.getCurrent().navigate(MatrixView.class,
                com.vaadin.flow.router.QueryParameters.of(MatrixView.ROUND, round));
        return (MatrixView) getCurrentView();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theMatrixOpensOnTheRoundInItsAddress() {
        var fixedRound = openDraftForMobileHeights();
        var details = answerAllBut(fixedRound, java.util.Set.of(), java.util.Set.of());
        details = assessments.submit(fixedRound.id(), details.version());
        assessments.fix(fixedRound.id(), details.version());
        var drafts = assessments.openRound("Bara utkast " + UUID.randomUUID(), List.of(cluster("Media Evolution")));

        // a link to the round with only drafts opens that round, not the newest fixed one
        var view = matrixAt(drafts.id().value().toString());
        assertThat(view.round.getValue().id()).isEqualTo(drafts.id());
        assertThat(test(view.phases).size()).isZero();
        assertThat(view.unknownRound.isVisible()).isFalse();

        assertThat(MatrixView.href(fixedRound.roundId()))
                .isEqualTo("assessments/matrix?round=" + fixedRound.roundId().value());
        view = matrixAt(fixedRound.roundId().value().toString());
        assertThat(view.round.getValue().name()).isEqualTo(fixedRound.roundName());
        assertThat(test(view.phases).getCellText(0, 0)).isEqualTo("Mobile Heights");

        // a round that is not the region's: said so, the newest fixed round shown
        view = matrixAt(UUID.randomUUID().toString());
        assertThat(view.unknownRound.isVisible()).isTrue();
        assertThat(view.unknownRound.getText()).contains("finns inte i regionen");
        assertThat(view.round.getValue().name()).isEqualTo(fixedRound.roundName());
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void theMatrixShowsThe2017RoundWithMediansAndCanHideTheNames() {
        var view = navigate(MatrixView.class);
        var grid = test(view.phases);

        assertThat(view.round.getValue().name()).isEqualTo("2017");
        assertThat(grid.size()).isEqualTo(16);
        assertThat(grid.getCellText(0, 0)).isEqualTo("ByggDialog Dalarna");
        assertThat(view.phases.getFooterRows().getFirst().getCell(view.phases.getColumnByKey("F")).getText())
                .isEqualTo("2,5");
        assertThat(view.phases.getFooterRows().getFirst().getCell(view.phases.getColumnByKey("S")).getText())
                .isEqualTo("3");
        int nifa = java.util.stream.IntStream.range(0, grid.size()).filter(row -> grid.getCellText(row, 0).equals("Nifa"))
                .findFirst().orElseThrow();
        assertThat(grid.getCellText(nifa, 6)).isEqualTo("2*");
        assertThat(view.info.getText()).isEqualTo("16 av 16 självskattningar i omgången är fastställda och visas här.");
        assertThat(test(view.horizontal).size()).isEqualTo(16);

        view.anonymous.setValue(true);

        assertThat(grid.getCellText(0, 0)).isEqualTo("A");
        assertThat(grid.getCellText(15, 0)).isEqualTo("P");
        for (int row = 0; row < 16; row++) {
            assertThat(grid.getCellText(row, 0)).hasSize(1);
            assertThat(test(view.horizontal).getCellText(row, 0)).hasSize(1);
        }
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void theExcelExportHasTheMatrixAndTheMedianRow() throws Exception {
        var matrix = assessments.matrix(round2017().id());
        Map<String, String> texts = Map.of("assessment.matrix.phases", "Faser", "assessment.matrix.horizontal",
                "Horisontella", "assessment.cluster", "Kluster", "assessment.overall", "Samlad",
                "assessment.median", "Median");

        byte[] bytes = MatrixExcel.write(matrix, true, MessagesI18NProvider.SWEDISH, texts::get);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var phases = workbook.getSheet("Faser");
            assertThat(phases.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Finansiering");
            assertThat(phases.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A");
            assertThat(phases.getRow(17).getCell(0).getStringCellValue()).isEqualTo("Median");
            assertThat(phases.getRow(17).getCell(5).getNumericCellValue()).isEqualTo(2.5);
            assertThat(workbook.getSheet("Horisontella").getRow(17).getCell(0).getStringCellValue()).isEqualTo("Median");
        }
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theFormComputesThePhasesAndExplainsThemWhileTheManagerAnswers() {
        var draft = openDraftForMobileHeights();
        login.as(SKANE_MANAGER);
        var view = navigate("assessments/" + draft.id(), AssessmentFormView.class);
        assertThat(view.phaseValues.get("S").getText()).isEqualTo("0");
        assertThat(view.state.getText()).isEqualTo("Utkast");
        assertThat(view.submit.isVisible()).isTrue();
        assertThat(view.fix.isVisible()).isFalse();
        assertThat(view.criteria).hasSize(33);

        test(view.criteria.get("S1.1").value).selectItem("Uppfyllt");
        test(view.criteria.get("S1.1").text).setValue("Förstudie 2016");
        test(view.criteria.get("S1.2").value).selectItem("Uppfyllt");
        test(view.criteria.get("S3.1").value).selectItem("Uppfyllt");

        assertThat(view.phaseValues.get("S").getText()).isEqualTo("1");
        assertThat(view.sectionPhases.get("S").getText()).isEqualTo("Fas 1 – Nätverksfas");
        assertThat(view.explanations.get("S").getChildren().map(c -> c.getElement().getText()).toList())
                .containsExactly("För att nå fas 2 i Strategi: S2.1, S2.2",
                        "Uppfyllda men räknas inte förrän luckan är fylld: S3.1");
        assertThat(view.overallValue.getText()).isEqualTo("0");
        assertThat(assessments.assessment(draft.id()).criterion("S1.1").text()).isEqualTo("Förstudie 2016");

        test(view.submit).click();
        assertThat(view.criteria.get("S2.1").value.isInvalid()).isTrue();
        assertThat(view.criteria.get("S2.1").value.getErrorMessage()).isEqualTo("Ange om kriteriet är uppfyllt.");
        assertThat(view.criteria.get("S1.2").text.getErrorMessage()).as("at the evidence that is missing")
                .isEqualTo("Ett uppfyllt kriterium behöver underlag.");
        assertThat(view.areas.get("ENVIRONMENT").value.getErrorMessage()).isEqualTo("Välj en nivå.");
        assertThat(view.state.getText()).isEqualTo("Utkast");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void anAnswerAfterSomeoneElsesSaveIsRefusedWithTheStaleTextAndAReloadShowsTheirs() {
        var draft = openDraftForMobileHeights();
        login.as(SKANE_MANAGER);
        var view = navigate("assessments/" + draft.id(), AssessmentFormView.class);
        assessments.answer(draft.id(), assessments.assessment(draft.id()).version(),
                AnswerInput.criterion("S1.1", true, "Förstudie 2016", null), null);

        test(view.criteria.get("S1.2").value).selectItem("Uppfyllt");

        var stale = $(Notification.class).id("stale-notification");
        assertThat(stale.getChildren().findFirst().orElseThrow().getChildren().findFirst().orElseThrow()
                .getElement().getText()).isEqualTo("Någon annan har sparat självskattningen efter att du öppnade den. "
                + "Inget av din senaste ändring sparades. Ladda om för att se deras version.");
        assertThat(assessments.assessment(draft.id()).criterion("S1.2").met()).isNull();
        test($(Button.class).id("stale-reload")).click();
        assertThat(view.criteria.get("S1.1").value.getValue()).isTrue();
        assertThat(view.criteria.get("S1.2").value.getValue()).isNull();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aTieIsExplainedInTheForm() {
        var draft = openDraftForMobileHeights();
        var view = navigate("assessments/" + draft.id(), AssessmentFormView.class);
        // S and O in phase 1, the rest 0: modes 0 (three times) → no tie; then N to phase 1 too → 1,1,1,0,0
        for (String code : List.of("S1.1", "S1.2", "O1.1", "N1.1", "N1.2")) {
            test(view.criteria.get(code).value).selectItem("Uppfyllt");
        }
        assertThat(view.overallValue.getText()).isEqualTo("1");
        assertThat(view.tieNote.isVisible()).isFalse();

        test(view.criteria.get("A1.1").value).selectItem("Uppfyllt");
        test(view.criteria.get("A2.1").value).selectItem("Uppfyllt");
        test(view.criteria.get("A2.2").value).selectItem("Uppfyllt");
        test(view.criteria.get("S2.1").value).selectItem("Uppfyllt");
        test(view.criteria.get("S2.2").value).selectItem("Uppfyllt");
        // S2, O1, N1, A2, F0: modes 1 and 2, mean 1.2 → 1
        assertThat(view.overallValue.getText()).isEqualTo("1*");
        assertThat(view.tieNote.getText()).isEqualTo(
                "Faserna 1 och 2 är lika vanliga; den samlade bedömningen blir 1, som ligger närmast medelvärdet 1,2.");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theOfficerChangesAnAnswerInReviewWithACommentAndFixesTheResult() {
        var draft = openDraftForMobileHeights();
        var details = assessments.assessment(draft.id());
        for (var criterion : details.model().criteria()) {
            boolean met = criterion.phase() <= 2;
            details = assessments.answer(draft.id(), details.version(), se.klusterportalen.assessment.AnswerInput.criterion(
                    criterion.code(), met, met ? "Underlag" : null, null), null);
        }
        for (var area : details.model().areas()) {
            details = assessments.answer(draft.id(), details.version(),
                    se.klusterportalen.assessment.AnswerInput.area(area.code(), 2, "Analys", "Aktiviteter"), null);
        }
        assessments.submit(draft.id(), details.version());

        var view = navigate("assessments/" + draft.id(), AssessmentFormView.class);
        assertThat(view.fix.isVisible()).isTrue();
        assertThat(view.submit.isVisible()).isFalse();
        test(view.criteria.get("F2.2").value).selectItem("Ej uppfyllt");
        var comment = $(TextArea.class).id("review-comment");
        test(comment).setValue("Planen för basfinansiering är inte beslutad");
        test($(Button.class).id("review-comment-save")).click();

        assertThat(view.phaseValues.get("F").getText()).isEqualTo("1");
        assertThat(view.criteria.get("F2.2").reviewNote.getText()).isEqualTo(
                "Ändrat vid granskningen (klustrets svar: Uppfyllt): Planen för basfinansiering är inte beslutad");

        test(view.fix).click();
        var confirm = $(ConfirmDialog.class).id("fix-confirm-dialog");
        assertThat(test(confirm).getText()).contains("kan inte ändras eller öppnas igen");
        assertThat(view.state.getText()).as("nothing fixed before the officer confirms").isEqualTo("Inskickad för granskning");
        test(confirm).confirm();
        assertThat(view.state.getText()).isEqualTo("Fastställd");
        assertThat(view.criteria.get("S1.1").value.isReadOnly()).isTrue();
        assertThat(view.areas.get("ENVIRONMENT").text.isReadOnly()).isTrue();
        assertThat(view.fix.isVisible()).isFalse();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theOfficerSendsASubmittedAssessmentBackAndTheManagerSeesWhy() {
        var draft = openDraftForMobileHeights();
        var details = assessments.assessment(draft.id());
        for (var criterion : details.model().criteria()) {
            details = assessments.answer(draft.id(), details.version(), se.klusterportalen.assessment.AnswerInput.criterion(
                    criterion.code(), criterion.phase() == 1, criterion.phase() == 1 ? "Underlag" : null, null), null);
        }
        for (var area : details.model().areas()) {
            details = assessments.answer(draft.id(), details.version(),
                    se.klusterportalen.assessment.AnswerInput.area(area.code(), 1, "Analys", "Aktiviteter"), null);
        }
        assessments.submit(draft.id(), details.version());

        var view = navigate("assessments/" + draft.id(), AssessmentFormView.class);
        assertThat(view.sendBack.isVisible()).isTrue();
        assertThat(view.returnNote.isVisible()).isFalse();
        test(view.sendBack).click();
        test($(Button.class).id("send-back-confirm")).click();
        var reason = $(TextArea.class).id("send-back-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv vad klusterledaren ska komplettera eller ompröva.");
        test(reason).setValue("Beskriv hur ni mäter medlemsnyttan (S1.2).");
        test($(Button.class).id("send-back-confirm")).click();

        assertThat(view.state.getText()).isEqualTo("Utkast");
        assertThat(view.sendBack.isVisible()).isFalse();
        assertThat(view.fix.isVisible()).isFalse();

        login.as(SKANE_MANAGER);
        var managers = navigate("assessments/" + draft.id(), AssessmentFormView.class);
        assertThat(managers.returnNote.isVisible()).isTrue();
        assertThat(managers.returnNote.getText()).startsWith("Tillbakaskickad av Sara Handläggare ")
                .endsWith(": Beskriv hur ni mäter medlemsnyttan (S1.2).");
        assertThat(managers.submit.isVisible()).isTrue();
        assertThat(managers.criteria.get("S1.1").value.isReadOnly()).isFalse();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aPoliticianCannotOpenADraft() {
        var draft = openDraftForMobileHeights();
        login.as(SKANE_POLITICIAN);
        navigate("assessments/" + draft.id(), Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void aPoliticianReadsFixedResults() {
        var paperProvince = assessments.assessments(round2017().id()).stream()
                .filter(a -> a.clusterName().equals("Paper Province")).findFirst().orElseThrow();
        var view = navigate("assessments/" + paperProvince.id(), AssessmentFormView.class);
        assertThat(view.state.getText()).isEqualTo("Fastställd");
        assertThat(view.overallValue.getText()).isEqualTo("4");
        assertThat(view.criteria.values()).allSatisfy(editor -> assertThat(editor.value.isReadOnly()).isTrue());
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.fix.isVisible()).isFalse();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theOfficerOpensARoundForTheClustersSheChoosesNoneChosenInAdvance() {
        var view = navigate(AssessmentRoundsView.class);
        test(view.openRound).click();
        var name = "Omgång " + UUID.randomUUID().toString().substring(0, 8);
        test($(com.vaadin.flow.component.textfield.TextField.class).id("round-name")).setValue(name);
        MultiSelectComboBox<ClusterSummary> chosen = $(MultiSelectComboBox.class).id("round-clusters");
        assertThat(chosen.getValue()).isEmpty();
        test(chosen).selectItem("Mobile Heights", "Media Evolution");
        test($(Button.class).id("round-create")).click();

        assertThat(view.round.getValue().name()).isEqualTo(name);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Utkast");
        assertThat(test(view.grid).getCellText(0, 2)).as("no answers yet: no overall phase, not 0").isEqualTo("–");
        assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("–");
        assertThat(Integer.parseInt(view.round.getWidth().replace("ch", ""))).as("the round name is not clipped")
                .isGreaterThanOrEqualTo(name.length() + 6);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theRoundListShowsTheOverallPhaseOnceADraftHasAnswers() {
        var draft = openDraftForMobileHeights();
        answerAllBut(draft, java.util.Set.of("S2.1"), java.util.Set.of());

        var view = navigate(AssessmentRoundsView.class);
        view.round.setValue(assessments.rounds().stream().filter(r -> r.id().equals(draft.roundId())).findFirst().orElseThrow());

        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Mobile Heights");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("2");
    }

    /** Every answer of the draft given through the service, except the criteria named (left unanswered). */
    private AssessmentDetails answerAllBut(AssessmentSummary draft, java.util.Set<String> unanswered,
                                           java.util.Set<String> metWithoutEvidence) {
        var details = assessments.assessment(draft.id());
        for (var criterion : details.model().criteria()) {
            if (unanswered.contains(criterion.code())) {
                continue;
            }
            boolean met = criterion.phase() <= 2;
            boolean evidence = met && !metWithoutEvidence.contains(criterion.code());
            details = assessments.answer(draft.id(), details.version(), se.klusterportalen.assessment.AnswerInput
                    .criterion(criterion.code(), met, evidence ? "Underlag" : null, null), null);
        }
        for (var area : details.model().areas()) {
            details = assessments.answer(draft.id(), details.version(),
                    se.klusterportalen.assessment.AnswerInput.area(area.code(), 2, "Analys", "Aktiviteter"), null);
        }
        return details;
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void submittingWithTwoMissingAnswersListsExactlyThoseTwoAtTheTopEachLinkedToItsField() {
        var draft = openDraftForMobileHeights();
        answerAllBut(draft, java.util.Set.of("S2.1"), java.util.Set.of("F1.1"));
        login.as(SKANE_MANAGER);
        var view = navigate("assessments/" + draft.id(), AssessmentFormView.class);
        assertThat(view.errors.isVisible()).isFalse();

        test(view.submit).click();

        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.texts()).containsExactly("S2.1: Ange om kriteriet är uppfyllt.",
                "F1.1: Ett uppfyllt kriterium behöver underlag.");
        assertThat(view.errors.entries().get(0).field()).isSameAs(view.criteria.get("S2.1").value);
        assertThat(view.errors.entries().get(1).field()).isSameAs(view.criteria.get("F1.1").text);
        assertThat($(Button.class).id("error-summary-link-1").getText())
                .isEqualTo("F1.1: Ett uppfyllt kriterium behöver underlag.");
        assertThat(view.criteria.get("F1.1").text.isInvalid()).isTrue();
        assertThat(view.getChildren().toList().indexOf(view.errors)).as("at the top, under the title").isLessThan(4);
        assertThat(view.state.getText()).isEqualTo("Utkast");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theEvidenceIsMarkedRequiredAsSoonAsACriterionIsMetBeforeAnySubmit() {
        var draft = openDraftForMobileHeights();
        login.as(SKANE_MANAGER);
        var view = navigate("assessments/" + draft.id(), AssessmentFormView.class);
        var s11 = view.criteria.get("S1.1");
        assertThat(s11.text.isRequiredIndicatorVisible()).isFalse();

        test(s11.value).selectItem("Uppfyllt");
        assertThat(s11.text.isRequiredIndicatorVisible()).isTrue();
        test(s11.value).selectItem("Ej uppfyllt");
        assertThat(s11.text.isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aNewRoundStartsFromTheLastFixedAnswersMarkedAsCarriedOver() {
        var first = openDraftForMobileHeights();
        var details = answerAllBut(first, java.util.Set.of(), java.util.Set.of());
        details = assessments.submit(first.id(), details.version());
        assessments.fix(first.id(), details.version());

        var next = assessments.openRound("Nästa " + UUID.randomUUID(), List.of(cluster("Mobile Heights")));
        var draft = assessments.assessments(next.id()).getFirst();
        var carried = assessments.assessment(draft.id());
        assertThat(carried.criterion("S1.1").met()).isTrue();
        assertThat(carried.criterion("S1.1").text()).isEqualTo("Underlag");
        assertThat(carried.criterion("S1.1").carriedOverFrom()).isEqualTo(first.roundName());
        assertThat(carried.area("ENVIRONMENT").level()).isEqualTo(2);
        assertThat(carried.state().name()).isEqualTo("DRAFT");

        login.as(SKANE_MANAGER);
        var view = navigate("assessments/" + draft.id(), AssessmentFormView.class);
        var s11 = view.criteria.get("S1.1");
        assertThat(s11.carriedNote.isVisible()).isTrue();
        assertThat(s11.carriedNote.getText())
                .isEqualTo("Överfört från " + first.roundName() + " – kontrollera och ändra vid behov");
        test(s11.text).setValue("Ny förstudie 2026");
        assertThat(s11.carriedNote.isVisible()).as("changed: no longer carried over").isFalse();
        assertThat(view.criteria.get("S1.2").carriedNote.isVisible()).isTrue();
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void aManagerSeesNoOpenRoundButton() {
        var view = navigate(AssessmentRoundsView.class);
        assertThat(view.openRound.isVisible()).isFalse();
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void theClusterPageSectionShowsTheLatestFixedResultWithAChartAndTheHistory() {
        assertThat(section.visible()).isTrue();
        var panel = (ClusterAssessmentPanel) section.render(cluster("Paper Province").value());
        com.vaadin.flow.component.UI.getCurrent().add(panel);

        assertThat(panel.latest.getText())
                .isEqualTo("Senast fastställda: omgång 2017 (2017-03-31), samlad bedömning fas 4 – Innovation.");
        assertThat(panel.chart.getInnerHtml()).contains("Finansiering").contains("<rect");
        assertThat(test(panel.history).size()).isEqualTo(1);
        assertThat(test(panel.history).getCellText(0, 1)).isEqualTo("Fastställd");
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void thePortfolioColumnShowsTheOverallPhaseOfTheLatestFixedResult() {
        var ids = clusters.list().stream().map(c -> c.id().value()).toList();

        var values = column.values(ids);

        assertThat(values).hasSize(16);
        assertThat(values.get(cluster("Paper Province").value())).isEqualTo("4");
        assertThat(values.get(cluster("DalaSportsAcademy").value())).isEqualTo("2");
    }
}
