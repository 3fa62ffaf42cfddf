package se.klusterportalen.label.ui;

import com.vaadin.flow.component.button.Button;
import se.klusterportalen.base.ui.Grids;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.base.ui.Rejections;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.label.GoldPreassessment;
import se.klusterportalen.label.IndicatorRating;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Permission;
import java.util.Map;

/**
 * The Gold pre-assessment of one cluster: the 31 quality indicators rated met / partly / not met with a note,
 * readiness (share met) and the gap list. Its managers and the officers rate; everyone with label access reads.
 */
@Route("labels/gold/:clusterId")
@RolesAllowed(Permission.LABEL_VIEW)
class GoldPreassessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LabelService labels;
    private final ClusterService clusters;
    private ClusterId cluster;
    private boolean mayRate;
    private boolean rateColumnAdded;

    final H1 title = new H1();
    final Span readiness = new Span();
    final ProgressBar readinessBar = new ProgressBar(0, 100);
    final Grid<GoldPreassessment.Item> indicators = new Grid<>();
    final UnorderedList gaps = new UnorderedList();

    GoldPreassessmentView(LabelService labels, ClusterService clusters) {
        this.labels = labels;
        this.clusters = clusters;
        setId("gold-preassessment");
        readiness.setId("gold-readiness");
        readiness.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        readinessBar.setWidth("20em");
        indicators.setId("gold-indicators");
        Grids.readable(indicators);
        indicators.addColumn(item -> item.indicator().code()).setHeader(getTranslation("label.indicator.code"))
                .setWidth("5em").setFlexGrow(0);
        indicators.addColumn(item -> getTranslation("label.indicator." + item.indicator().code()))
                .setHeader(getTranslation("label.indicator")).setFlexGrow(3);
        indicators.addComponentColumn(this::ratingBadge).setHeader(getTranslation("label.rating"))
                .setAutoWidth(true);
        indicators.addColumn(item -> item.note() == null ? "" : item.note()).setHeader(getTranslation("label.note"))
                .setFlexGrow(2);
        indicators.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        indicators.setAllRowsVisible(true);
        gaps.setId("gold-gaps");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            cluster = ClusterId.parse(event.getRouteParameters().get("clusterId").orElse(""));
        } catch (Rejection.NotFound malformed) {
            throw new NotFoundException();
        }
        var summary = clusters.find(cluster).orElseThrow(NotFoundException::new);
        mayRate = labels.canPreassess(cluster);
        if (mayRate && !rateColumnAdded) {
            rateColumnAdded = true;
            indicators.addComponentColumn(item -> {
                var rate = new Button(VaadinIcon.EDIT.create(), click -> openRating(item));
                rate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                rate.setAriaLabel(getTranslation("label.rate"));
                return rate;
            }).setWidth("4em").setFlexGrow(0);
        }
        removeAll();
        title.setText(getTranslation("label.preassess.title", summary.name()));
        var intro = new Paragraph(getTranslation("label.preassess.intro"));
        var readinessRow = new Div(readiness, readinessBar);
        readinessRow.getStyle().set("display", "flex").set("align-items", "center").set("gap", "1em");
        add(title, intro, readinessRow, indicators, new H2(getTranslation("label.preassess.gaps")), gaps);
        refresh();
    }

    private void refresh() {
        var assessment = labels.goldPreassessment(cluster);
        readiness.setText(getTranslation("label.preassess.readiness", assessment.readinessPercent(),
                assessment.metCount()));
        readinessBar.setValue(assessment.readinessPercent());
        indicators.setItems(assessment.items());
        gaps.removeAll();
        assessment.gaps().forEach(item -> {
            String rating = item.rating().map(r -> getTranslation("label.rating." + r.name()))
                    .orElse(getTranslation("label.rating.none"));
            String text = item.indicator().code() + " " + getTranslation("label.indicator." + item.indicator().code())
                    + " – " + rating + (item.note() == null ? "" : ": " + item.note());
            gaps.add(new ListItem(text));
        });
    }

    private Span ratingBadge(GoldPreassessment.Item item) {
        if (item.rating().isEmpty()) {
            return Badge.of(getTranslation("label.rating.none"), "var(--lumo-contrast-5pct)",
                    "var(--lumo-secondary-text-color)");
        }
        String text = getTranslation("label.rating." + item.rating().get().name());
        return switch (item.rating().get()) {
            case MET -> Badge.of(text, "var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)");
            case PARTLY -> Badge.of(text, "#fff1d6", "#7a4b00");
            case NOT_MET -> Badge.warning(text);
        };
    }

    private void openRating(GoldPreassessment.Item item) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(item.indicator().code() + " " + getTranslation("label.indicator." + item.indicator().code()));
        var rating = new RadioButtonGroup<IndicatorRating>(getTranslation("label.rating"), IndicatorRating.values());
        rating.setItemLabelGenerator(r -> getTranslation("label.rating." + r.name()));
        item.rating().ifPresent(rating::setValue);
        var note = new TextArea(getTranslation("label.note"));
        note.setValue(item.note() == null ? "" : item.note());
        note.setWidthFull();
        note.setMaxLength(2000);
        var save = new Button(getTranslation("label.save"));
        SaveAction.on(save, () -> {
            try {
                labels.rate(cluster, item.indicator(), rating.getValue(), note.getValue(), item.version());
                dialog.close();
            } catch (Rejection.Invalid e) {
                Rejections.showAt(e, Map.of("note", note, "rating", rating));
                return;
            } catch (Rejection.Stale e) {
                com.vaadin.flow.component.notification.Notification.show(getTranslation("label.stale"));
                dialog.close();
            }
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(rating, note);
        dialog.getFooter().add(new Button(getTranslation("label.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("label.preassess.page-title") + " – " + getTranslation("app.name");
    }
}
