package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.assessment.AnswerInput;
import se.klusterportalen.assessment.AnswerKind;
import se.klusterportalen.assessment.AnswerResponse;
import se.klusterportalen.assessment.AnswerValue;
import se.klusterportalen.assessment.Criterion;
import se.klusterportalen.assessment.HorizontalArea;
import se.klusterportalen.assessment.HorizontalLevel;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One question of the form, saved as soon as a value changes: a criterion (met or not, the evidence, an optional
 * link) or a horizontal area (the level, the analysis and the concrete activities it rests on). After a change in
 * review it notes what the cluster had answered and why it changed.
 *
 * @param <F> the value field: radio buttons for a criterion, a select of levels for an area
 * @param <V> the value field's value: {@code Boolean} (met) or {@code Integer} (level)
 */
final class AnswerEditor<F extends AbstractSinglePropertyField<F, V> & HasValidation, V> extends Div {

    final AnswerKind kind;
    final String code;
    final F value;
    final TextArea text = new TextArea();
    final TextFieldBase<?, String> detail;
    final Paragraph reviewNote = new Paragraph();
    final Span carriedNote = new Span();
    private final Function<@Nullable V, @Nullable AnswerValue> toAnswer;
    private final Function<AnswerValue, V> fromAnswer;
    private final BiFunction<AnswerEditor<?, ?>, AnswerValue, String> describe;
    private boolean filling;

    private AnswerEditor(AnswerKind kind, String code, F value, TextFieldBase<?, String> detail,
                         Function<@Nullable V, @Nullable AnswerValue> toAnswer, Function<AnswerValue, V> fromAnswer,
                         BiFunction<AnswerEditor<?, ?>, AnswerValue, String> describe) {
        this.kind = kind;
        this.code = code;
        this.value = value;
        this.detail = detail;
        this.toAnswer = toAnswer;
        this.fromAnswer = fromAnswer;
        this.describe = describe;
        text.setMaxLength(4000);
        text.setWidthFull();
        detail.setWidthFull();
        reviewNote.addClassName("assessment-review-note");
        reviewNote.setVisible(false);
        carriedNote.addClassName("assessment-carried-note");
        carriedNote.setVisible(false);
    }

    /** A criterion: met or not (radio buttons), the evidence and an optional link. */
    static AnswerEditor<RadioButtonGroup<Boolean>, Boolean> criterion(Criterion criterion,
                                                                      Consumer<AnswerEditor<?, ?>> onChange) {
        var link = new TextField();
        link.setMaxLength(500);
        var editor = new AnswerEditor<RadioButtonGroup<Boolean>, Boolean>(AnswerKind.CRITERION, criterion.code(),
                new RadioButtonGroup<>(), link, met -> met == null ? null : new AnswerValue.Met(met),
                answer -> ((AnswerValue.Met) answer).met(), (in, answer) -> metName(in, ((AnswerValue.Met) answer).met()));
        String idPart = AssessmentFormView.idPart(editor.code);
        editor.setId("criterion-" + idPart);
        editor.addClassName("assessment-criterion");

        var codeLabel = new Span(editor.code);
        codeLabel.addClassName("assessment-code");
        editor.carriedNote.setId("carried-" + idPart);
        var heading = new Div(codeLabel, new Span(criterion.text().in(editor.getLocale())), editor.carriedNote);
        heading.addClassName("assessment-criterion-text");

        editor.value.setId("met-" + idPart);
        editor.value.setItems(Boolean.TRUE, Boolean.FALSE);
        editor.value.setItemLabelGenerator(met -> metName(editor, met));
        editor.value.setAriaLabel(editor.code);
        editor.text.setId("evidence-" + idPart);
        editor.text.setLabel(editor.getTranslation("assessment.evidence"));
        editor.text.setPlaceholder(editor.getTranslation("assessment.evidence.placeholder"));
        link.setId("link-" + idPart);
        link.setLabel(editor.getTranslation("assessment.link"));
        link.setPlaceholder("https://");

        // a met criterion needs its evidence: marked required as soon as "met" is chosen, before any submit
        editor.value.addValueChangeListener(change -> editor.text.setRequiredIndicatorVisible(
                Boolean.TRUE.equals(change.getValue())));
        editor.text.setHelperText(editor.getTranslation("assessment.evidence.help"));
        var fields = new Div(editor.value, editor.text, link);
        fields.addClassName("assessment-criterion-fields");
        editor.add(heading, fields, editor.reviewNote);
        editor.listen(onChange);
        return editor;
    }

    /** A horizontal area: the level (a select that explains the chosen level), the analysis and the activities. */
    static AnswerEditor<Select<Integer>, Integer> area(HorizontalArea area, List<HorizontalLevel> levels,
                                                       Consumer<AnswerEditor<?, ?>> onChange) {
        var activities = new TextArea();
        activities.setMaxLength(4000);
        var select = new Select<Integer>();
        var editor = new AnswerEditor<Select<Integer>, Integer>(AnswerKind.AREA, area.code(), select, activities,
                level -> level == null ? null : new AnswerValue.Level(level),
                answer -> ((AnswerValue.Level) answer).level(),
                (in, answer) -> levelName(in, levels, ((AnswerValue.Level) answer).level()));
        editor.setId("area-" + editor.code);
        editor.addClassName("assessment-area");

        select.setId("level-" + editor.code);
        select.setLabel(editor.getTranslation("assessment.area.level"));
        select.setItems(levels.stream().map(HorizontalLevel::level).toList());
        select.setItemLabelGenerator(level -> levelName(editor, levels, level));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(editor.getTranslation("assessment.area.no-level"));
        select.setWidth("18em");
        select.addValueChangeListener(change -> {
            select.setHelperText(change.getValue() == null ? null : levelDescription(editor, levels, change.getValue()));
            // a level needs both the analysis and the activities: marked required once a level is chosen
            editor.text.setRequiredIndicatorVisible(change.getValue() != null);
            activities.setRequiredIndicatorVisible(change.getValue() != null);
        });
        editor.text.setId("analysis-" + editor.code);
        editor.text.setLabel(editor.getTranslation("assessment.area.analysis"));
        editor.text.setHelperText(editor.getTranslation("assessment.area.analysis.help"));
        activities.setId("activities-" + editor.code);
        activities.setLabel(editor.getTranslation("assessment.area.activities"));
        activities.setHelperText(editor.getTranslation("assessment.area.activities.help"));

        editor.carriedNote.setId("carried-" + editor.code);
        editor.add(new H3(area.name().in(editor.getLocale())), editor.carriedNote, select, editor.text, activities, editor.reviewNote);
        editor.listen(onChange);
        return editor;
    }

    private static String metName(AnswerEditor<?, ?> in, boolean met) {
        return in.getTranslation(met ? "assessment.met" : "assessment.not-met");
    }

    private static String levelName(AnswerEditor<?, ?> in, List<HorizontalLevel> levels, @Nullable Integer value) {
        if (value == null) {
            return in.getTranslation("assessment.area.no-level");
        }
        return value + " – " + levels.stream().filter(l -> l.level() == value).findFirst()
                .map(l -> l.name().in(in.getLocale())).orElse("");
    }

    private static @Nullable String levelDescription(AnswerEditor<?, ?> in, List<HorizontalLevel> levels,
                                                     Integer value) {
        return levels.stream().filter(l -> value.equals(l.level())).findFirst()
                .map(l -> l.description().in(in.getLocale())).orElse(null);
    }

    private void listen(Consumer<AnswerEditor<?, ?>> onChange) {
        value.addValueChangeListener(change -> changed(change.isFromClient(), onChange));
        text.addValueChangeListener(change -> changed(change.isFromClient(), onChange));
        detail.addValueChangeListener(change -> changed(change.isFromClient(), onChange));
    }

    private void changed(boolean fromClient, Consumer<AnswerEditor<?, ?>> onChange) {
        if (!filling && fromClient) {
            onChange.accept(this);
        }
    }

    AnswerInput input() {
        return new AnswerInput(kind, code, toAnswer.apply(value.getValue()), text.getValue(), detail.getValue());
    }

    void show(AnswerResponse response) {
        filling = true;
        try {
            value.setValue(response.value() == null ? value.getEmptyValue() : fromAnswer.apply(response.value()));
            text.setValue(response.text() == null ? "" : response.text());
            detail.setValue(response.detail() == null ? "" : response.detail());
        } finally {
            filling = false;
        }
        carriedNote.setVisible(response.carriedOver());
        carriedNote.setText(response.carriedOver()
                ? getTranslation("assessment.carried-over", response.carriedOverFrom()) : "");
        reviewNote.setVisible(response.changedInReview());
        if (response.changedInReview()) {
            String before = response.valueBeforeReview() == null ? getTranslation("assessment.unanswered")
                    : describe.apply(this, response.valueBeforeReview());
            reviewNote.setText(getTranslation("assessment.review.changed", before, response.reviewComment()));
        }
        clearError();
    }

    void setEditable(boolean editable) {
        value.setReadOnly(!editable);
        text.setReadOnly(!editable);
        detail.setReadOnly(!editable);
    }

    /** Marks the field the problem is about (the evidence or analysis when that is what is missing) and returns it. */
    com.vaadin.flow.component.Component showError(String message, boolean textMissing) {
        if (textMissing) {
            text.setInvalid(true);
            text.setErrorMessage(message);
            return text;
        }
        value.setInvalid(true);
        value.setErrorMessage(message);
        return value;
    }

    void clearError() {
        value.setInvalid(false);
        value.setErrorMessage(null);
        text.setInvalid(false);
        text.setErrorMessage(null);
    }
}
