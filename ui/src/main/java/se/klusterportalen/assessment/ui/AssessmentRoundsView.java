package se.klusterportalen.assessment.ui;

import com.vaadin.flow.component.button.Button;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.text.Collation;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.RoundId;
import se.klusterportalen.assessment.AssessmentSummary;
import se.klusterportalen.assessment.RoundSummary;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.security.Permission;
import se.klusterportalen.rejection.Rejection;

import java.util.Map;
import java.util.Comparator;

/** The region's assessment rounds and, per round, the clusters' assessments the user may see; officers open rounds. */
@Route("assessments")
@Menu(order = 40, title = "assessment.nav.rounds", icon = "CLIPBOARD_CHECK")
@RolesAllowed(Permission.ASSESSMENT_VIEW)
@StyleSheet("styles/assessment.css")
class AssessmentRoundsView extends VerticalLayout implements HasDynamicTitle {

    private final AssessmentService assessments;
    private final ClusterService clusters;

    final Select<RoundSummary> round = new Select<>();
    final Grid<AssessmentSummary> grid = new Grid<>();
    final Button openRound = new Button();
    final Paragraph empty = new Paragraph();

    AssessmentRoundsView(AssessmentService assessments, ClusterService clusters) {
        this.assessments = assessments;
        this.clusters = clusters;
        setId("assessment-rounds");
        setSizeFull();

        round.setId("round-select");
        round.setLabel(getTranslation("assessment.round"));
        round.setItemLabelGenerator(RoundSummary::name);
        round.addValueChangeListener(change -> showRound(change.getValue()));

        openRound.setText(getTranslation("assessment.round.open"));
        openRound.setId("open-round");
        openRound.setIcon(VaadinIcon.PLUS.create());
        openRound.addClickListener(click -> openRoundDialog());
        openRound.setVisible(assessments.canManage());

        var matrix = new Anchor("assessments/matrix", getTranslation("assessment.matrix.link"));
        matrix.setId("matrix-link");

        grid.setId("assessment-grid");
        Grids.readable(grid);
        grid.addColumn(AssessmentSummary::clusterName).setHeader(getTranslation("assessment.cluster"))
                .setSortable(true).setComparator(Collation.comparing(AssessmentSummary::clusterName, getLocale()))
                .setFlexGrow(2).setKey("cluster");
        grid.addColumn(a -> getTranslation("assessment.state." + a.state().name()))
                .setHeader(getTranslation("assessment.state")).setSortable(true)
                .setComparator(Collation.comparing(a -> getTranslation("assessment.state." + a.state().name()), getLocale()))
                .setKey("state");
        grid.addColumn(a -> a.answered() == 0 ? "–" : PhaseTexts.overall(a.evaluation())).setHeader(getTranslation("assessment.overall"))
                .setKey("overall");
        grid.addComponentColumn(a -> new Anchor("assessments/" + a.id(), getTranslation("assessment.open")))
                .setKey("open");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        empty.setId("rounds-empty");

        var toolbar = new HorizontalLayout(round, openRound, matrix);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("assessment.rounds.title")), toolbar, empty, grid);
        loadRounds(null);
    }

    private void loadRounds(RoundSummary select) {
        var list = assessments.rounds();
        round.setItems(list);
        // wide enough for the longest round name, so "Självskattning 2026" is not clipped by the arrow
        int longest = list.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        round.setWidth(Math.clamp(longest + 6L, 14, 40) + "ch");
        empty.setText(getTranslation("assessment.rounds.empty"));
        empty.setVisible(list.isEmpty());
        grid.setVisible(!list.isEmpty());
        if (!list.isEmpty()) {
            round.setValue(select == null ? list.getFirst()
                    : list.stream().filter(r -> r.id().equals(select.id())).findFirst().orElse(list.getFirst()));
        }
    }

    private void showRound(RoundSummary selected) {
        grid.setItems(selected == null ? java.util.List.of() : assessments.assessments(selected.id()));
    }

    private void openRoundDialog() {
        var dialog = new Dialog();
        dialog.setId("open-round-dialog");
        dialog.setHeaderTitle(getTranslation("assessment.round.open"));
        var name = new TextField(getTranslation("assessment.round.name"));
        name.setId("round-name");
        name.setHelperText(getTranslation("assessment.round.name.help"));
        var chosen = new MultiSelectComboBox<ClusterSummary>(getTranslation("assessment.round.clusters"));
        chosen.setId("round-clusters");
        var all = clusters.list().stream().sorted(Collation.comparing(ClusterSummary::name, getLocale())).toList();
        chosen.setItems(all);
        chosen.setItemLabelGenerator(ClusterSummary::name);
        // nothing chosen in advance: a round is usually for some of the clusters, chosen on purpose
        chosen.setHelperText(getTranslation("assessment.round.clusters.help"));
        chosen.setWidth("30em");
        var create = new Button(getTranslation("assessment.round.create"));
        var newRound = RoundId.random(); // chosen when the dialog opens: a repeated save opens one round
        SaveAction.on(create, () -> {
            name.setInvalid(false);
            chosen.setInvalid(false);
            try {
                var opened = assessments.openRound(newRound, name.getValue(),
                        chosen.getValue().stream().map(ClusterSummary::id).toList());
                dialog.close();
                loadRounds(opened);
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, Map.of("name", name, "clusters", chosen));
            }
        });
        create.setId("round-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, chosen));
        dialog.getFooter().add(new Button(getTranslation("assessment.cancel"), click -> dialog.close()), create);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.rounds.title") + " – " + getTranslation("app.name");
    }
}
