package se.klusterportalen.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.base.ui.Formats;
import se.klusterportalen.base.ui.SaveAction;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.comparison.ComparedFigure;
import se.klusterportalen.comparison.ComparisonPage;
import se.klusterportalen.comparison.ComparisonService;
import se.klusterportalen.comparison.Metric;
import se.klusterportalen.security.Permission;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The comparison across regions for officers and politicians: the region's own figures next to the anonymised
 * figures of all opted-in regions, each as a pair of bars; a suppressed figure reads "För få för att visa". A region
 * that does not take part is told so, the officer how to opt in, the politician whom to ask (ADR 0070).
 */
@Route("comparison")
@Menu(order = 15, title = "nav.comparison", icon = "SCALE")
@RolesAllowed(Permission.COMPARISON_VIEW)
class ComparisonView extends VerticalLayout implements HasDynamicTitle {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComparisonService comparison;
    private final ClusterService clusters;
    final Div content = new Div();
    final Button participate = new Button();

    ComparisonView(ComparisonService comparison, ClusterService clusters) {
        this.comparison = comparison;
        this.clusters = clusters;
        setId("comparison");
        setMaxWidth("64rem");
        content.setWidthFull();
        participate.setId("comparison-participate");
        SaveAction.on(participate, this::toggle);
        add(new H1(getTranslation("comparison.title")), intro(), content);
        show(comparison.page());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparison.title");
    }

    private Paragraph intro() {
        var intro = new Paragraph(getTranslation("comparison.intro"));
        intro.setId("comparison-intro");
        return intro;
    }

    private void toggle() {
        boolean optedIn = comparison.page().optedIn();
        comparison.setParticipation(!optedIn);
        show(comparison.page());
    }

    void show(ComparisonPage page) {
        content.removeAll();
        if (!page.optedIn()) {
            var status = new Paragraph(getTranslation("comparison.not-taking-part"));
            status.setId("comparison-status");
            content.add(status);
            if (page.mayChange()) {
                content.add(new Paragraph(getTranslation("comparison.opt-in.how")));
                participate.setText(getTranslation("comparison.opt-in"));
                participate.removeThemeVariants(ButtonVariant.LUMO_ERROR);
                participate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                content.add(participate);
            } else {
                var ask = new Paragraph(getTranslation("comparison.opt-in.ask"));
                ask.setId("comparison-ask");
                content.add(ask);
            }
            return;
        }
        var status = new Paragraph(page.computedAt()
                .map(at -> getTranslation("comparison.computed", WHEN.format(at.atZone(SWEDEN)),
                        page.regions().map(Formats::integer).orElse(getTranslation("comparison.too-few"))))
                .orElse(getTranslation("comparison.not-computed")));
        status.setId("comparison-status");
        content.add(new Paragraph(getTranslation("comparison.taking-part")), status);
        var phases = section("comparison-phases", "comparison.phases", page.figures(), Metric.OVERALL_PHASE, true);
        phases.getElement().insertChild(1, counted(page.figures()).getElement());
        content.add(phases);
        content.add(section("comparison-dimensions", "comparison.dimensions", page.figures(),
                Metric.DIMENSION_MEDIAN, false));
        content.add(section("comparison-labels", "comparison.labels", page.figures(), Metric.LABEL_LEVEL, true));
        content.add(section("comparison-funding", "comparison.funding", page.figures(),
                Metric.REGIONAL_FUNDING_SHARE, true));
        if (page.mayChange()) {
            participate.setText(getTranslation("comparison.opt-out"));
            participate.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            participate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var leave = new Div(new Paragraph(getTranslation("comparison.opt-out.how")), participate);
            content.add(leave);
        }
    }

    /**
     * "1 av 21 kluster har en fastställd självskattning": how many of the region's clusters (all of its portfolio)
     * the own phase shares are computed from, so that "100 %" of one cluster is not read as the whole region.
     */
    private Paragraph counted(List<ComparedFigure> figures) {
        int counted = figures.stream().filter(f -> f.metric() == Metric.OVERALL_PHASE)
                .mapToInt(ComparedFigure::ownClusters).sum();
        long total = clusters.countByStatus().values().stream().mapToLong(Long::longValue).sum();
        var paragraph = new Paragraph(getTranslation("comparison.phases.counted", counted, total));
        paragraph.setId("comparison-phases-counted");
        return paragraph;
    }

    /** A heading, a legend and a row per category with the own and the anonymised value as bars. */
    private Component section(String id, String titleKey, List<ComparedFigure> all, Metric metric, boolean percent) {
        var section = new Div();
        section.setId(id);
        section.addClassName("comparison-section");
        section.add(new H2(getTranslation(titleKey)));
        var legend = new Div(swatch("own", getTranslation("comparison.own")),
                swatch("all", getTranslation("comparison.all")));
        legend.getStyle().set("display", "flex").set("gap", "1.5rem").set("font-size", "var(--lumo-font-size-s)");
        section.add(legend);
        List<ComparedFigure> figures = all.stream().filter(f -> f.metric() == metric).toList();
        if (figures.isEmpty()) {
            section.add(new Paragraph(getTranslation("comparison.not-computed")));
        }
        for (ComparedFigure figure : figures) {
            section.add(row(id + "-" + figure.category(), label(figure), figure, percent));
        }
        return section;
    }

    private Component row(String id, String label, ComparedFigure figure, boolean percent) {
        var name = new Span(label);
        name.getStyle().set("font-weight", "600");
        var bars = new Div(bar("own", figure.own(), percent, ownText(figure, percent)),
                bar("all", figure.all(), percent, figure.suppressed()
                        ? getTranslation("comparison.too-few") : value(figure.all(), percent)));
        var row = new Div(name, bars);
        row.setId(id);
        row.getStyle().set("display", "grid").set("grid-template-columns", "minmax(8rem, 14rem) 1fr")
                .set("gap", "0.75rem").set("align-items", "center").set("padding", "0.35rem 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    private String ownText(ComparedFigure figure, boolean percent) {
        String text = value(figure.own(), percent);
        return figure.metric() == Metric.OVERALL_PHASE || figure.metric() == Metric.LABEL_LEVEL
                ? getTranslation("comparison.own.clusters", text, Formats.integer(figure.ownClusters()))
                : text;
    }

    private String value(@Nullable BigDecimal value, boolean percent) {
        if (value == null) {
            return "–";
        }
        return percent ? Formats.percent(value) : Formats.decimal(value);
    }

    /** A bar as wide as its value (a percentage of 100, a phase of 4) with the value as text beside it. */
    private Component bar(String kind, @Nullable BigDecimal value, boolean percent, String text) {
        double share = value == null ? 0 : value.doubleValue() / (percent ? 100.0 : 4.0);
        var fill = new Div();
        fill.addClassName("comparison-bar-" + kind);
        fill.getStyle().set("height", "0.8rem").set("border-radius", "2px")
                .set("width", Math.max(0, Math.min(100, share * 100)) + "%")
                .set("background", "own".equals(kind) ? "var(--lumo-primary-color)" : "var(--lumo-contrast-50pct)");
        var track = new Div(fill);
        track.getStyle().set("flex", "1").set("background", "var(--lumo-contrast-5pct)");
        var caption = new Span(text);
        caption.addClassName("comparison-value-" + kind);
        caption.getStyle().set("min-width", "11rem").set("font-size", "var(--lumo-font-size-s)");
        var line = new Div(track, caption);
        line.getStyle().set("display", "flex").set("gap", "0.5rem").set("align-items", "center");
        return line;
    }

    private Component swatch(String kind, String text) {
        var box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "0.8rem").set("height", "0.8rem")
                .set("margin-right", "0.3rem")
                .set("background", "own".equals(kind) ? "var(--lumo-primary-color)" : "var(--lumo-contrast-50pct)");
        return new Span(box, new Span(text));
    }

    private String label(ComparedFigure figure) {
        return switch (figure.metric()) {
            case OVERALL_PHASE -> getTranslation("comparison.phase." + figure.category());
            case DIMENSION_MEDIAN -> getTranslation("comparison.dimension." + figure.category());
            case LABEL_LEVEL -> getTranslation("comparison.label." + figure.category());
            case REGIONAL_FUNDING_SHARE -> getTranslation("comparison.funding.median");
            case PARTICIPATION -> "";
        };
    }
}
