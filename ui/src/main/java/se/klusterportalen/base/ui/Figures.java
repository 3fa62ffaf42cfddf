package se.klusterportalen.base.ui;

import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * Key figures as cards (a large value over its caption), alone or as a headed overview panel. Read-only, so they are
 * markup (issue #19): a row or a panel is one element whose content is set as {@code innerHTML}, one state node
 * instead of five per card (link, value, caption and their texts) and a few per panel. The elements, ids, classes
 * and links are those the components made: {@code <a id class="portal-figure portal-figure-link" href>} (or a
 * {@code div} without a link) holding {@code span.portal-figure-value} and {@code span.portal-figure-label}.
 */
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

    /** A panel's markup and what it was made of, per list of figures (one list per overview cache entry). */
    private record Built(String id, String title, String href, String more, String markup) {
    }

    private static final Map<List<Figure>, Built> BUILT = Collections.synchronizedMap(new WeakHashMap<>());

    private Figures() {
    }

    /** A row of cards: a flex {@code div.portal-figures}, the cards as its markup. */
    public static Div row(List<Figure> figures) {
        var row = new Div();
        row.addClassName("portal-figures");
        row.getStyle().set("display", "flex");
        row.getElement().setProperty("innerHTML", SharedMarkup.latin1(cards(figures)));
        return row;
    }

    /** A panel: heading linking to the page behind the figures, then the figures. */
    public static Div panel(String id, String title, String href, List<Figure> figures) {
        return panel(id, title, href, figures, "");
    }

    /**
     * A panel: heading linking to the page behind the figures, the figures, then {@code moreMarkup} (escaped markup
     * made by the caller, e.g. a list naming what needs attention). The markup is made once per list of figures
     * (the overview keeps its lists per cache entry) and shared by every session showing it.
     */
    public static Div panel(String id, String title, String href, List<Figure> figures, String moreMarkup) {
        var panel = new Div();
        panel.setId(id);
        panel.addClassName("portal-panel");
        Built built = BUILT.get(figures);
        if (built == null || !built.id().equals(id) || !built.title().equals(title) || !built.href().equals(href)
                || !built.more().equals(moreMarkup)) {
            String markup = SharedMarkup.latin1("<h2 class=\"portal-panel-title\"><a href=\"" + escape(href) + "\">"
                    + escape(title) + "</a></h2><div class=\"portal-figures\" style=\"display: flex\">"
                    + cards(figures) + "</div>" + moreMarkup);
            built = new Built(id, title, href, moreMarkup, markup);
            BUILT.put(figures, built);
        }
        panel.getElement().setProperty("innerHTML", built.markup());
        return panel;
    }

    private static String cards(List<Figure> figures) {
        var html = new StringBuilder(256 * figures.size());
        for (Figure figure : figures) {
            boolean linked = figure.href() != null;
            html.append(linked ? "<a" : "<div").append(" id=\"").append(escape(figure.id())).append("\" class=\"")
                    .append(linked ? "portal-figure portal-figure-link\" href=\""
                            + escape(Objects.requireNonNull(figure.href())) + "\"" : "portal-figure\"")
                    .append("><span class=\"portal-figure-value\">").append(escape(figure.value()))
                    .append("</span><span class=\"portal-figure-label\">").append(escape(figure.caption()))
                    .append("</span>").append(linked ? "</a>" : "</div>");
        }
        return html.toString();
    }

    /** Text as markup (HTML's special characters escaped). */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
