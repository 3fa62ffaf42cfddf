package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Key figures as cards (a large value over its caption), alone or as a headed overview panel. */
public final class Figures {

    /**
     * One card; {@code value} is already formatted (Swedish number, kronor, percent); {@code href}, when not null,
     * is the page behind the figure (give it only to users who may open that page).
     */
    public record Figure(String id, String value, String caption, @Nullable String href) {

        public Figure(String id, String value, String caption) {
            this(id, value, caption, null);
        }

        /** The same card linking to {@code target}. */
        public Figure linked(String target) {
            return new Figure(id, value, caption, target);
        }
    }

    private Figures() {
    }

    public static Component card(Figure figure) {
        var number = new Span(figure.value());
        number.addClassName("portal-figure-value");
        var caption = new Span(figure.caption());
        caption.addClassName("portal-figure-label");
        HtmlContainer card = figure.href() == null ? new Div(number, caption) : new Anchor(figure.href(), number, caption);
        card.setId(figure.id());
        card.addClassName("portal-figure");
        if (figure.href() != null) {
            card.addClassName("portal-figure-link");
        }
        return card;
    }

    public static FlexLayout row(List<Figure> figures) {
        var row = new FlexLayout();
        figures.forEach(figure -> row.add(card(figure)));
        row.addClassName("portal-figures");
        return row;
    }

    /** A panel: heading linking to the page behind the figures, then the figures. */
    public static Div panel(String id, String title, String href, List<Figure> figures) {
        var heading = new H2(new Anchor(href, title));
        heading.addClassName("portal-panel-title");
        var panel = new Div(heading, row(figures));
        panel.setId(id);
        panel.addClassName("portal-panel");
        return panel;
    }
}
