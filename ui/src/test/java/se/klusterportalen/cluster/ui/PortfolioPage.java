package se.klusterportalen.cluster.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.List;

/** The portfolio's page as the browser shows it: its table markup read back and parsed (tests only). */
record PortfolioPage(Element table, Element pager) {

    static PortfolioPage of(ClusterListView view) {
        var body = Jsoup.parseBodyFragment(view.pageMarkup()).body();
        return new PortfolioPage(body.selectFirst("table"), body.selectFirst("nav"));
    }

    /** The column headers' texts, without the sort marks. */
    List<String> headers() {
        return table.select("thead th").stream().map(th -> {
            var copy = th.clone();
            copy.select(".portfolio-sort-mark").remove();
            return copy.text();
        }).toList();
    }

    int size() {
        return table.select("tbody tr").size();
    }

    String cell(int row, int column) {
        return table.select("tbody tr").get(row).children().get(column).text();
    }

    Element cellElement(int row, int column) {
        return table.select("tbody tr").get(row).children().get(column);
    }

    /** The texts of a column (by header) on this page, top down. */
    List<String> column(String header) {
        int index = headers().indexOf(header);
        return table.select("tbody tr").stream().map(row -> row.children().get(index).text()).toList();
    }

    /** "1–50 av 300". */
    String range() {
        return pager.selectFirst(".portfolio-range").text();
    }

    /** The filters' markup (and the manager's links) as on screen. */
    static org.jsoup.nodes.Element filters(ClusterListView view) {
        String address = view.filters.getElement().getAttribute("data-markup");
        String html = address == null ? view.filters.getElement().getProperty("innerHTML", "")
                : view.sharedMarkup().at(address).orElseThrow();
        return Jsoup.parseBodyFragment(html).body();
    }

    /**
     * A filter set in the browser: the control {@code name}'s change event with its value ("" for all), as the
     * filters' listener receives it; for the option of a list, its text is looked up in the markup.
     */
    static void change(ClusterListView view, String name, String value) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put(ClusterListView.CHANGE_FILTER, true);
        data.put(ClusterListView.NAME_DATA, name);
        data.put(ClusterListView.VALUE_DATA, value);
        var element = view.filters.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "change", data));
    }

    /** The option with this text chosen in the list {@code name} ("" for all). */
    static void choose(ClusterListView view, String name, String optionText) {
        String value = optionText.isEmpty() ? "" : filters(view).select("select[name=" + name + "] option").stream()
                .filter(option -> option.text().equals(optionText)).findFirst().orElseThrow().attr("value");
        change(view, name, value);
    }

    /** A click in the browser on the element with this attribute and value, as the table's listener receives it. */
    static void click(ClusterListView view, String attribute, String value) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put(ClusterListView.CLICK_FILTER, true);
        data.put(attribute.equals("sort") ? ClusterListView.SORT_DATA : ClusterListView.PAGE_DATA, value);
        var element = view.table.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "click", data));
    }
}
