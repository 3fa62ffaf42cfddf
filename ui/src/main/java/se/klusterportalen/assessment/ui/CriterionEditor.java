package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.klusterportalen.assessment.Criterion;
import se.klusterportalen.assessment.CriterionInput;
import se.klusterportalen.assessment.CriterionResponse;

import java.util.function.Consumer;

/** One criterion of the form: met or not, the evidence and an optional link; saved as soon as a value changes. */
class CriterionEditor extends Div {

    final String code;
    final RadioButtonGroup<Boolean> met = new RadioButtonGroup<>();
    final TextArea evidence = new TextArea();
    final TextField link = new TextField();
    final Paragraph reviewNote = new Paragraph();
    private boolean filling;

    CriterionEditor(Criterion criterion, Consumer<CriterionEditor> onChange) {
        this.code = criterion.code();
        String idPart = AssessmentFormView.idPart(code);
        setId("criterion-" + idPart);
        addClassName("assessment-criterion");

        var codeLabel = new Span(code);
        codeLabel.addClassName("assessment-code");
        var text = new Span(criterion.text().in(getLocale()));
        var heading = new Div(codeLabel, text);
        heading.addClassName("assessment-criterion-text");

        met.setId("met-" + idPart);
        met.setItems(Boolean.TRUE, Boolean.FALSE);
        met.setItemLabelGenerator(value -> getTranslation(value ? "assessment.met" : "assessment.not-met"));
        met.setAriaLabel(code);
        evidence.setId("evidence-" + idPart);
        evidence.setLabel(getTranslation("assessment.evidence"));
        evidence.setPlaceholder(getTranslation("assessment.evidence.placeholder"));
        evidence.setMaxLength(4000);
        evidence.setWidthFull();
        link.setId("link-" + idPart);
        link.setLabel(getTranslation("assessment.link"));
        link.setPlaceholder("https://");
        link.setMaxLength(500);
        link.setWidthFull();
        reviewNote.addClassName("assessment-review-note");
        reviewNote.setVisible(false);

        var fields = new Div(met, evidence, link);
        fields.addClassName("assessment-criterion-fields");
        add(heading, fields, reviewNote);

        met.addValueChangeListener(change -> changed(change.isFromClient(), onChange));
        evidence.addValueChangeListener(change -> changed(change.isFromClient(), onChange));
        link.addValueChangeListener(change -> changed(change.isFromClient(), onChange));
    }

    private void changed(boolean fromClient, Consumer<CriterionEditor> onChange) {
        if (!filling && fromClient) {
            onChange.accept(this);
        }
    }

    CriterionInput input() {
        return new CriterionInput(code, met.getValue(), evidence.getValue(), link.getValue());
    }

    void show(CriterionResponse response) {
        filling = true;
        try {
            met.setValue(response.met());
            evidence.setValue(response.evidence() == null ? "" : response.evidence());
            link.setValue(response.link() == null ? "" : response.link());
        } finally {
            filling = false;
        }
        reviewNote.setVisible(response.changedInReview());
        if (response.changedInReview()) {
            String before = response.metBeforeReview() == null ? getTranslation("assessment.unanswered")
                    : getTranslation(response.metBeforeReview() ? "assessment.met" : "assessment.not-met");
            reviewNote.setText(getTranslation("assessment.review.changed", before, response.reviewComment()));
        }
        clearError();
    }

    void setEditable(boolean editable) {
        met.setReadOnly(!editable);
        evidence.setReadOnly(!editable);
        link.setReadOnly(!editable);
    }

    void showError(String message) {
        met.setInvalid(true);
        met.setErrorMessage(message);
    }

    void clearError() {
        met.setInvalid(false);
        met.setErrorMessage(null);
    }
}
