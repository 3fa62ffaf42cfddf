package se.klusterportalen.label.ui;

import com.vaadin.flow.component.html.Span;
import se.klusterportalen.label.LabelLevel;

/** A small coloured label, styled inline so that it needs no stylesheet of its own. */
final class Badge {

    private Badge() {
    }

    static Span of(String text, String background, String color) {
        var badge = new Span(text);
        badge.getStyle().set("background", background).set("color", color).set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-l)").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "600").set("white-space", "nowrap");
        return badge;
    }

    static Span level(String text, LabelLevel level) {
        return switch (level) {
            case GOLD -> of(text, "#f3d36b", "#4a3800");
            case SILVER -> of(text, "#d9dde3", "#2f3640");
            case BRONZE -> of(text, "#e3b48c", "#4a2600");
        };
    }

    static Span warning(String text) {
        return of(text, "var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)");
    }
}
