package se.klusterportalen.programme.ui;

import com.vaadin.flow.component.html.Span;
import se.klusterportalen.programme.GoalStatus;
import se.klusterportalen.programme.MilestoneStatus;

/** Colours of goal and milestone statuses, inline so that no stylesheet is needed. */
final class StatusBadge {

    static final String GREEN = "#1e7b34";
    static final String BLUE = "#1676f3";
    static final String ORANGE = "#c26a00";
    static final String RED = "#c4281c";
    static final String GREY = "#7b8794";

    private StatusBadge() {
    }

    static String color(GoalStatus status) {
        return switch (status) {
            case ACHIEVED -> GREEN;
            case ON_TRACK -> BLUE;
            case AT_RISK -> ORANGE;
            case MISSED -> RED;
            case NO_DATA, NOT_ASSESSED -> GREY;
        };
    }

    static String color(MilestoneStatus status) {
        return switch (status) {
            case PLANNED -> GREY;
            case IN_PROGRESS -> BLUE;
            case DONE -> GREEN;
            case DELAYED -> ORANGE;
            case CANCELLED -> "#b0b8c1";
        };
    }

    static Span of(String text, String color) {
        var badge = new Span(text);
        badge.getStyle().set("background", color).set("color", "white").set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-l)").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "600").set("white-space", "nowrap");
        return badge;
    }
}
