package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.Html;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import se.klusterportalen.assessment.AssessmentState;
import se.klusterportalen.assessment.AssessmentSummary;
import se.klusterportalen.assessment.Dimension;
import se.klusterportalen.assessment.PhaseModel;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** One cluster's assessments as the cluster page shows them. */
@StyleSheet("styles/assessment.css")
class ClusterAssessmentPanel extends Div {

    final Paragraph latest = new Paragraph();
    final Grid<AssessmentSummary> history = new Grid<>();
    Html chart;

    ClusterAssessmentPanel(List<AssessmentSummary> assessments, IntFunction<PhaseModel> models) {
        setId("cluster-assessments");
        addClassName("assessment-cluster-panel");
        latest.setId("cluster-assessment-latest");
        List<AssessmentSummary> fixed = assessments.stream().filter(a -> a.state() == AssessmentState.FIXED).toList();
        if (fixed.isEmpty()) {
            latest.setText(getTranslation("assessment.section.none"));
            add(latest);
        } else {
            var newest = fixed.getFirst();
            var model = models.apply(newest.evaluation().frameworkVersion());
            latest.setText(getTranslation("assessment.section.latest", newest.roundName(),
                    AssessmentFormView.DATE.format(newest.fixedAt()), PhaseTexts.overall(newest.evaluation()),
                    PhaseTexts.phaseName(this, model, newest.evaluation().overall())));
            add(latest);
            PhaseTexts.tieNote(this, newest.evaluation()).ifPresent(note -> add(new Paragraph(note)));
            Optional<AssessmentSummary> previous = fixed.stream().skip(1).findFirst();
            var bars = model.dimensions().stream().map((Dimension d) -> new PhaseChart.Bar(d.name().in(getLocale()),
                    newest.evaluation().phaseOf(d.code()), previous.map(p -> p.evaluation().phaseOf(d.code()))))
                    .toList();
            chart = new Html(PhaseChart.svg(bars, model.highestPhase(), newest.roundName(),
                    previous.map(AssessmentSummary::roundName), getTranslation("assessment.section.chart")));
            add(chart);
        }
        history.setId("cluster-assessment-history");
        Grids.readable(history);
        history.addColumn(AssessmentSummary::roundName).setHeader(getTranslation("assessment.round")).setKey("round");
        history.addColumn(a -> getTranslation("assessment.state." + a.state().name()))
                .setHeader(getTranslation("assessment.state")).setKey("state");
        history.addColumn(a -> PhaseTexts.overall(a.evaluation())).setHeader(getTranslation("assessment.overall"))
                .setKey("overall");
        history.addComponentColumn(a -> new Anchor("assessments/" + a.id(), getTranslation("assessment.open")))
                .setKey("open");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setItems(assessments);
        if (!assessments.isEmpty()) {
            add(new H3(getTranslation("assessment.section.history")), history);
        }
    }
}
