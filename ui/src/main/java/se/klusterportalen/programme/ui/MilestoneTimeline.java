package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.Quarter;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarters across, one row per milestone with a marker on its due date, coloured by status; overdue markers get
 * a red ring. Plain divs positioned in per cent of the track, so it needs no chart library.
 */
class MilestoneTimeline extends Div {

    static final String LABEL_WIDTH = "19em";

    private final LocalDate today;
    final List<Div> markers = new ArrayList<>();

    MilestoneTimeline(LocalDate today) {
        this.today = today;
        setId("milestone-timeline");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("width", "100%").set("overflow-x", "auto");
    }

    void show(List<MilestoneRecord> milestones, Quarter from, Quarter to) {
        removeAll();
        markers.clear();
        if (milestones.isEmpty()) {
            return;
        }
        Quarter first = milestones.stream().map(m -> Quarter.of(m.dueDate())).min(Quarter::compareTo).orElse(from);
        Quarter last = milestones.stream().map(m -> Quarter.of(m.dueDate())).max(Quarter::compareTo).orElse(to);
        first = first.compareTo(from) < 0 ? first : from;
        last = last.compareTo(to) > 0 ? last : to;
        var quarters = new ArrayList<Quarter>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            quarters.add(q);
        }
        LocalDate start = first.firstDay();
        long span = ChronoUnit.DAYS.between(start, last.lastDay().plusDays(1));
        double quarterWidth = 100.0 / quarters.size();

        var inner = new Div();
        inner.getStyle().set("min-width", (quarters.size() * 2.4 + 19) + "em");
        inner.add(header(quarters, quarterWidth));
        for (MilestoneRecord milestone : milestones) {
            inner.add(row(milestone, start, span, quarterWidth));
        }
        add(inner, legend());
    }

    private Div header(List<Quarter> quarters, double quarterWidth) {
        var track = track(quarterWidth);
        track.getStyle().set("height", "2.6em");
        for (int i = 0; i < quarters.size(); i++) {
            Quarter q = quarters.get(i);
            var cell = new Div();
            cell.getStyle().set("position", "absolute").set("left", percent(i * quarterWidth))
                    .set("width", percent(quarterWidth)).set("text-align", "center").set("top", "0");
            var year = new Div(new Span(q.quarter() == 1 || i == 0 ? String.valueOf(q.year()) : "\u00a0"));
            year.getStyle().set("font-weight", "600");
            cell.add(year, new Div(new Span("Q" + q.quarter())));
            cell.addClassName("timeline-quarter");
            track.add(cell);
        }
        return line(new Span(), track);
    }

    private Div row(MilestoneRecord milestone, LocalDate start, long span, double quarterWidth) {
        var track = track(quarterWidth);
        double position = 100.0 * (ChronoUnit.DAYS.between(start, milestone.dueDate()) + 0.5) / span;
        if (!today.isBefore(start) && ChronoUnit.DAYS.between(start, today) < span) {
            var now = new Div();
            now.getStyle().set("position", "absolute").set("top", "0").set("bottom", "0")
                    .set("left", percent(100.0 * ChronoUnit.DAYS.between(start, today) / span))
                    .set("border-left", "2px dashed " + StatusBadge.RED);
            track.add(now);
        }
        var marker = new Div();
        marker.addClassName("timeline-marker");
        marker.getElement().setAttribute("title", milestone.title() + " – " + milestone.dueText() + " – "
                + getTranslation("programme.milestone.status." + milestone.status().name()));
        marker.getElement().setAttribute("data-status", milestone.status().name());
        String color = StatusBadge.color(milestone.status());
        marker.getStyle().set("position", "absolute").set("left", percent(position)).set("top", "50%")
                .set("width", "0.9em").set("height", "0.9em").set("border-radius", "50%").set("background", color)
                .set("transform", "translate(-50%, -50%)")
                .set("box-shadow", milestone.isOverdue() ? "0 0 0 3px " + StatusBadge.RED : "0 0 0 2px white");
        track.add(marker);
        markers.add(marker);
        var label = new Span(milestone.title());
        label.getElement().setAttribute("title", milestone.title());
        if (milestone.isOverdue()) {
            label.getStyle().set("color", StatusBadge.RED);
        }
        return line(label, track);
    }

    private static Div track(double quarterWidth) {
        var track = new Div();
        String stripe = "var(--lumo-contrast-10pct)";
        track.getStyle().set("position", "relative").set("flex", "1").set("height", "1.7em")
                .set("background", "repeating-linear-gradient(to right, transparent 0, transparent calc("
                        + percent(quarterWidth) + " - 1px), " + stripe + " calc(" + percent(quarterWidth) + " - 1px), "
                        + stripe + " " + percent(quarterWidth) + ")");
        return track;
    }

    private static Div line(Span label, Div track) {
        // the whole name, wrapped onto more lines when long (never cut with "…")
        label.getStyle().set("width", LABEL_WIDTH).set("flex", "none").set("white-space", "normal")
                .set("overflow-wrap", "anywhere").set("padding", "0.15em 0.5em 0.15em 0");
        label.addClassName("timeline-label");
        var line = new Div(label, track);
        // room right of the track for a marker on the last day (half of it and its ring lie beyond the track)
        line.getStyle().set("display", "flex").set("align-items", "center").set("padding-right", "1em")
                .set("border-bottom", "1px solid var(--lumo-contrast-5pct)");
        return line;
    }

    private Div legend() {
        var legend = new Div();
        legend.getStyle().set("display", "flex").set("gap", "1em").set("flex-wrap", "wrap").set("margin-top", "0.6em");
        for (MilestoneStatus status : MilestoneStatus.values()) {
            var dot = new Span();
            dot.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em")
                    .set("border-radius", "50%").set("background", StatusBadge.color(status)).set("margin-right", "0.3em");
            legend.add(new Span(dot, new Span(getTranslation("programme.milestone.status." + status.name()))));
        }
        var ring = new Span();
        ring.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em")
                .set("border-radius", "50%").set("box-shadow", "0 0 0 3px " + StatusBadge.RED).set("margin-right", "0.4em");
        legend.add(new Span(ring, new Span(getTranslation("programme.milestone.overdue.legend"))));
        return legend;
    }

    private static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f%%", value);
    }
}
