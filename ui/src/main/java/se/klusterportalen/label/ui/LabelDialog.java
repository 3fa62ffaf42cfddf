package se.klusterportalen.label.ui;

import se.klusterportalen.base.ui.DateField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.klusterportalen.label.LabelId;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.label.LabelInput;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelRecord;
import se.klusterportalen.label.LabelService;

import java.util.Map;
import se.klusterportalen.rejection.Rejection;

/** Adds a label to a cluster, or corrects one (with the version the officer loaded). */
class LabelDialog extends Dialog {

    /** Chosen when the dialog opens: a repeated save adds one label. */
    private final LabelId newId = LabelId.random();

    final Select<LabelLevel> level = new Select<>();
    final DateField assessedOn = new DateField();
    final DateField validUntil = new DateField();
    final IntegerField score = new IntegerField();
    final TextField issuerReference = new TextField();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    LabelDialog(LabelService labels, ClusterId cluster, LabelRecord existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "label.add" : "label.edit"));
        level.setLabel(getTranslation("label.level"));
        level.setItems(LabelLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("label.level." + l.name()));
        assessedOn.setLabel(getTranslation("label.assessed-on"));
        validUntil.setLabel(getTranslation("label.valid-until"));
        validUntil.setHelperText(getTranslation("label.valid-until.help"));
        score.setLabel(getTranslation("label.score"));
        score.setHelperText(getTranslation("label.score.help"));
        score.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        issuerReference.setLabel(getTranslation("label.issuer-reference"));
        level.setId("label-level");
        assessedOn.setId("label-assessed-on");
        validUntil.setId("label-valid-until");
        score.setId("label-score");
        issuerReference.setId("label-issuer-reference");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        if (existing != null) {
            level.setValue(existing.level());
            assessedOn.setValue(existing.assessedOn());
            validUntil.setValue(existing.validUntil());
            existing.scorePercent().ifPresent(score::setValue);
            issuerReference.setValue(existing.issuerReference() == null ? "" : existing.issuerReference());
        }
        Map<String, HasValidation> fields = Map.of("level", level, "assessedOn", assessedOn, "validUntil", validUntil,
                "scorePercent", score, "issuerReference", issuerReference);
        save.setText(getTranslation("label.save"));
        save.setId("label-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> {
            fields.values().forEach(field -> field.setInvalid(false));
            error.setVisible(false);
            var input = new LabelInput(level.getValue(), assessedOn.getValue(), validUntil.getValue(),
                    score.getValue(), issuerReference.getValue());
            try {
                if (existing == null) {
                    labels.addLabel(newId, cluster, input);
                } else {
                    labels.updateLabel(existing.id(), input, existing.version());
                }
                saved.run();
                close();
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, fields);
            } catch (Rejection.Stale e) {
                error.setText(getTranslation("label.stale"));
                error.setVisible(true);
                saved.run();
            }
        });
        var form = new FormLayout(level, assessedOn, validUntil, score, issuerReference);
        add(form, error);
        var cancel = new Button(getTranslation("label.cancel"), click -> close());
        cancel.setId("label-cancel");
        getFooter().add(cancel, save);
    }
}
