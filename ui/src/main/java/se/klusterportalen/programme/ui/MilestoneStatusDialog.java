package se.klusterportalen.programme.ui;

import se.klusterportalen.base.ui.DateField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.ProgrammeService;

import java.util.Map;
import se.klusterportalen.rejection.Rejection;

/** Status, done date and comment of one milestone. */
class MilestoneStatusDialog extends Dialog {

    final Select<MilestoneStatus> status = new Select<>();
    final DateField doneOn = new DateField();
    final TextArea comment = new TextArea();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    MilestoneStatusDialog(ProgrammeService programmes, MilestoneRecord milestone, Runnable saved) {
        setHeaderTitle(milestone.title());
        setWidth("34em");
        status.setLabel(getTranslation("programme.milestone.status"));
        status.setItems(MilestoneStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("programme.milestone.status." + s.name()));
        status.setValue(milestone.status());
        doneOn.setLabel(getTranslation("programme.milestone.done-on"));
        doneOn.setHelperText(getTranslation("programme.milestone.done-on.help"));
        milestone.doneOn().ifPresent(doneOn::setValue);
        comment.setLabel(getTranslation("programme.milestone.comment"));
        comment.setValue(milestone.comment() == null ? "" : milestone.comment());
        comment.setWidthFull();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Map<String, HasValidation> fields = Map.of("status", status, "doneOn", doneOn, "comment", comment);
        save.setText(getTranslation("programme.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                programmes.updateMilestoneStatus(milestone.id(), status.getValue(), doneOn.getValue(),
                        comment.getValue(), milestone.version());
                saved.run();
                close();
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, fields);
            } catch (Rejection.Stale e) {
                error.setText(getTranslation("programme.stale"));
                error.setVisible(true);
                save.setEnabled(false);
                saved.run();
            }
        });
        var form = new FormLayout(status, doneOn);
        add(form, comment, error);
        getFooter().add(new Button(getTranslation("programme.cancel"), click -> close()), save);
    }
}
