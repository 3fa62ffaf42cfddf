package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import se.klusterportalen.assessment.AreaInput;
import se.klusterportalen.assessment.AreaResponse;
import se.klusterportalen.assessment.HorizontalArea;
import se.klusterportalen.assessment.HorizontalLevel;

import java.util.List;
import java.util.function.Consumer;

/** A horizontal area: the level, and both the analysis and the concrete activities it rests on. */
class AreaEditor extends Div {

    final String code;
    final Select<Integer> level = new Select<>();
    final TextArea analysis = new TextArea();
    final TextArea activities = new TextArea();
    final Paragraph reviewNote = new Paragraph();
    private final List<HorizontalLevel> levels;
    private boolean filling;

    AreaEditor(HorizontalArea area, List<HorizontalLevel> levels, Consumer<AreaEditor> onChange) {
        this.code = area.code();
        this.levels = levels;
        setId("area-" + code);
        addClassName("assessment-area");

        level.setId("level-" + code);
        level.setLabel(getTranslation("assessment.area.level"));
        level.setItems(levels.stream().map(HorizontalLevel::level).toList());
        level.setItemLabelGenerator(this::levelName);
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("assessment.area.no-level"));
        level.setWidth("18em");
        analysis.setId("analysis-" + code);
        analysis.setLabel(getTranslation("assessment.area.analysis"));
        analysis.setHelperText(getTranslation("assessment.area.analysis.help"));
        analysis.setMaxLength(4000);
        analysis.setWidthFull();
        activities.setId("activities-" + code);
        activities.setLabel(getTranslation("assessment.area.activities"));
        activities.setHelperText(getTranslation("assessment.area.activities.help"));
        activities.setMaxLength(4000);
        activities.setWidthFull();
        reviewNote.addClassName("assessment-review-note");
        reviewNote.setVisible(false);

        add(new H3(area.name().in(getLocale())), level, analysis, activities, reviewNote);
        level.addValueChangeListener(change -> {
            level.setHelperText(change.getValue() == null ? null : levelDescription(change.getValue()));
            changed(change.isFromClient(), onChange);
        });
        analysis.addValueChangeListener(change -> changed(change.isFromClient(), onChange));
        activities.addValueChangeListener(change -> changed(change.isFromClient(), onChange));
    }

    private String levelName(Integer value) {
        if (value == null) {
            return getTranslation("assessment.area.no-level");
        }
        return value + " – " + levels.stream().filter(l -> l.level() == value).findFirst()
                .map(l -> l.name().in(getLocale())).orElse("");
    }

    private String levelDescription(Integer value) {
        return levels.stream().filter(l -> value.equals(l.level())).findFirst()
                .map(l -> l.description().in(getLocale())).orElse(null);
    }

    private void changed(boolean fromClient, Consumer<AreaEditor> onChange) {
        if (!filling && fromClient) {
            onChange.accept(this);
        }
    }

    AreaInput input() {
        return new AreaInput(code, level.getValue(), analysis.getValue(), activities.getValue());
    }

    void show(AreaResponse response) {
        filling = true;
        try {
            level.setValue(response.level());
            level.setHelperText(response.level() == null ? null : levelDescription(response.level()));
            analysis.setValue(response.analysis() == null ? "" : response.analysis());
            activities.setValue(response.activities() == null ? "" : response.activities());
        } finally {
            filling = false;
        }
        reviewNote.setVisible(response.changedInReview());
        if (response.changedInReview()) {
            String before = response.levelBeforeReview() == null ? getTranslation("assessment.unanswered")
                    : levelName(response.levelBeforeReview());
            reviewNote.setText(getTranslation("assessment.review.changed", before, response.reviewComment()));
        }
        clearError();
    }

    void setEditable(boolean editable) {
        level.setReadOnly(!editable);
        analysis.setReadOnly(!editable);
        activities.setReadOnly(!editable);
    }

    void showError(String message) {
        level.setInvalid(true);
        level.setErrorMessage(message);
    }

    void clearError() {
        level.setInvalid(false);
        level.setErrorMessage(null);
    }
}
