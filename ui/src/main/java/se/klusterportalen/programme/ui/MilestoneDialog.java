package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.MilestoneInput;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeInputException;
import se.klusterportalen.programme.ProgrammeService;

import java.util.Map;

/** A new milestone of a programme, optionally for one of its clusters. */
class MilestoneDialog extends Dialog {

    final TextField title = new TextField();
    final TextField dueQuarter = new TextField();
    final DatePicker dueDate = new DatePicker();
    final ComboBox<ClusterId> cluster = new ComboBox<>();
    final TextField responsible = new TextField();
    final Select<MilestoneStatus> status = new Select<>();
    final DatePicker doneOn = new DatePicker();
    final Button save = new Button();

    MilestoneDialog(ProgrammeService programmes, ProgrammeId programme, Map<ClusterId, String> clusterNames,
                    Runnable saved) {
        setHeaderTitle(getTranslation("programme.milestone.add"));
        setWidth("40em");
        title.setLabel(getTranslation("programme.milestone.title"));
        dueQuarter.setLabel(getTranslation("programme.milestone.due-quarter"));
        dueQuarter.setPlaceholder("2017 Q2");
        dueQuarter.setHelperText(getTranslation("programme.milestone.due-quarter.help"));
        dueDate.setLabel(getTranslation("programme.milestone.due-date"));
        cluster.setLabel(getTranslation("programme.milestone.cluster"));
        cluster.setItems(clusterNames.keySet());
        cluster.setItemLabelGenerator(id -> clusterNames.getOrDefault(id, id.toString()));
        cluster.setClearButtonVisible(true);
        responsible.setLabel(getTranslation("programme.milestone.responsible"));
        status.setLabel(getTranslation("programme.milestone.status"));
        status.setItems(MilestoneStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("programme.milestone.status." + s.name()));
        status.setValue(MilestoneStatus.PLANNED);
        doneOn.setLabel(getTranslation("programme.milestone.done-on"));
        Map<String, HasValidation> fields = Map.of("title", title, "dueQuarter", dueQuarter, "dueDate", dueDate,
                "responsible", responsible, "status", status, "doneOn", doneOn, "programme", title);
        save.setText(getTranslation("programme.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                programmes.addMilestone(new MilestoneInput(programme, cluster.getValue(), title.getValue(),
                        dueDate.getValue(), dueQuarter.getValue(), responsible.getValue(), status.getValue(),
                        doneOn.getValue(), null));
                saved.run();
                close();
            } catch (ProgrammeInputException e) {
                var field = fields.getOrDefault(e.field(), title);
                field.setErrorMessage(getTranslation(e.getMessage()));
                field.setInvalid(true);
            }
        });
        var form = new FormLayout(title, cluster, dueQuarter, dueDate, responsible, status, doneOn);
        form.setColspan(title, 2);
        add(form);
        getFooter().add(new Button(getTranslation("programme.cancel"), click -> close()), save);
    }
}
