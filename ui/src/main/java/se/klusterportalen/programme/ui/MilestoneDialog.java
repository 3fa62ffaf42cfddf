package se.klusterportalen.programme.ui;

import se.klusterportalen.base.ui.DateField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.MilestoneId;
import se.klusterportalen.programme.MilestoneInput;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.programme.ProgrammeService;

import java.util.Map;
import java.util.Optional;
import se.klusterportalen.rejection.Rejection;

/** A new milestone of a programme (optionally for one of its clusters), or all details of an existing one. */
class MilestoneDialog extends Dialog {

    final TextField title = new TextField();
    final TextField dueQuarter = new TextField();
    final DateField dueDate = new DateField();
    final ComboBox<ClusterId> cluster = new ComboBox<>();
    final TextField responsible = new TextField();
    final Select<MilestoneStatus> status = new Select<>();
    final DateField doneOn = new DateField();
    final Button save = new Button();
    /** Chosen when the dialog opens: a repeated save of the same new milestone creates one. */
    private final MilestoneId newId = MilestoneId.random();
    final Span error = new Span();

    MilestoneDialog(ProgrammeService programmes, ProgrammeId programme, Map<ClusterId, String> clusterNames,
                    Runnable saved) {
        this(programmes, programme, clusterNames, Optional.empty(), saved);
    }

    /** Edits {@code existing}; a save is refused when someone else changed the milestone since it was loaded. */
    static MilestoneDialog edit(ProgrammeService programmes, MilestoneRecord existing, Map<ClusterId, String> clusterNames,
                                Runnable saved) {
        return new MilestoneDialog(programmes, existing.programme().orElse(null), clusterNames, Optional.of(existing),
                saved);
    }

    private MilestoneDialog(ProgrammeService programmes, ProgrammeId programme, Map<ClusterId, String> clusterNames,
                            Optional<MilestoneRecord> existing, Runnable saved) {
        setId("milestone-dialog");
        setHeaderTitle(getTranslation(existing.isPresent() ? "programme.milestone.edit" : "programme.milestone.add"));
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
        SaveAction.on(save, () -> {
            fields.values().forEach(f -> f.setInvalid(false));
            error.setText("");
            try {
                if (existing.isPresent()) {
                    programmes.updateMilestone(existing.get().id(), new MilestoneInput(programme, cluster.getValue(),
                            title.getValue(), dueDate.getValue(), dueQuarter.getValue(), responsible.getValue(),
                            status.getValue(), doneOn.getValue(), existing.get().comment()), existing.get().version());
                } else {
                    programmes.addMilestone(newId, new MilestoneInput(programme, cluster.getValue(), title.getValue(),
                            dueDate.getValue(), dueQuarter.getValue(), responsible.getValue(), status.getValue(),
                            doneOn.getValue(), null));
                }
                saved.run();
                close();
            } catch (Rejection.Stale e) {
                error.setText(getTranslation("programme.stale"));
                saved.run();
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, fields);
            }
        });
        existing.ifPresent(this::show);
        save.setId("milestone-save");
        title.setId("milestone-title");
        dueQuarter.setId("milestone-due-quarter");
        error.setId("milestone-error");
        error.getStyle().set("color", StatusBadge.RED);
        var form = new FormLayout(title, cluster, dueQuarter, dueDate, responsible, status, doneOn);
        form.setColspan(title, 2);
        add(form, error);
        getFooter().add(new Button(getTranslation("programme.cancel"), click -> close()), save);
    }

    private void show(MilestoneRecord milestone) {
        title.setValue(milestone.title());
        milestone.cluster().ifPresent(cluster::setValue);
        milestone.dueQuarter().ifPresentOrElse(quarter -> dueQuarter.setValue(quarter.toString()),
                () -> dueDate.setValue(milestone.dueDate()));
        responsible.setValue(milestone.responsible() == null ? "" : milestone.responsible());
        status.setValue(milestone.status());
        milestone.doneOn().ifPresent(doneOn::setValue);
    }
}
