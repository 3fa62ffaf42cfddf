package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.text.Collation;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import se.klusterportalen.rejection.Rejection;

/**
 * A new programme (name, period, clusters) or a change to one: name and clusters; the period of a saved
 * programme stays, since its plans and goals are laid out by year.
 */
class ProgrammeDialog extends Dialog {

    /** Chosen when the dialog opens: a repeated save creates one programme. */
    private final ProgrammeId newId = ProgrammeId.random();

    final TextField name = new TextField();
    final IntegerField startYear = new IntegerField();
    final IntegerField endYear = new IntegerField();
    final MultiSelectComboBox<ClusterSummary> clusters = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Span error = new Span();
    private final Map<String, HasValidation> fields = Map.of("name", name, "period", endYear, "clusters", clusters);

    ProgrammeDialog(ProgrammeService programmes, List<ClusterSummary> regionClusters, LocalDate today,
                    Optional<ProgrammeSummary> existing, Consumer<ProgrammeSummary> saved) {
        setId("programme-dialog");
        setHeaderTitle(getTranslation(existing.isPresent() ? "programme.edit" : "programme.add"));
        setWidth("42em");
        name.setId("programme-name");
        name.setLabel(getTranslation("programme.name"));
        name.setMaxLength(200);
        startYear.setId("programme-start");
        startYear.setLabel(getTranslation("programme.start-year"));
        endYear.setId("programme-end");
        endYear.setLabel(getTranslation("programme.end-year"));
        clusters.setId("programme-clusters");
        clusters.setLabel(getTranslation("programme.clusters"));
        var sorted = regionClusters.stream()
                .sorted(Collation.comparing(ClusterSummary::name, getLocale())).toList();
        clusters.setItems(sorted);
        clusters.setItemLabelGenerator(ClusterSummary::name);

        existing.ifPresentOrElse(programme -> {
            name.setValue(programme.name());
            startYear.setValue(programme.startYear());
            endYear.setValue(programme.endYear());
            clusters.setValue(sorted.stream().filter(c -> programme.clusters().contains(c.id())).toList());
            startYear.setReadOnly(true);
            endYear.setReadOnly(true);
            endYear.setHelperText(getTranslation("programme.period.fixed"));
        }, () -> {
            startYear.setValue(today.getYear() + 1);
            endYear.setValue(today.getYear() + 5);
            clusters.setValue(sorted.stream().filter(c -> c.status() != ClusterStatus.CLOSED).toList());
        });

        save.setId("programme-save");
        save.setText(getTranslation("programme.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveAction.on(save, () -> {
            fields.values().forEach(field -> field.setInvalid(false));
            error.setText("");
            var chosen = clusters.getValue().stream().map(ClusterSummary::id).toList();
            try {
                ProgrammeSummary result = existing.isPresent()
                        ? programmes.update(existing.get().id(), existing.get().version(), name.getValue(), chosen)
                        : programmes.create(newId, name.getValue(), year(startYear), year(endYear), chosen);
                close();
                saved.accept(result);
            } catch (Rejection.Stale e) {
                error.setText(getTranslation("programme.stale"));
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, fields);
            }
        });
        error.setId("programme-error");
        error.getStyle().set("color", StatusBadge.RED);
        var form = new FormLayout(name, startYear, endYear, clusters);
        form.setColspan(name, 2);
        form.setColspan(clusters, 2);
        add(form, error);
        getFooter().add(new Button(getTranslation("programme.cancel"), click -> close()), save);
    }

    /** An empty year field counts as 0, which the service refuses as an invalid period. */
    private static int year(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
