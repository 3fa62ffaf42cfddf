package se.klusterportalen.cluster.ui;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.base.ui.Figures;
import se.klusterportalen.base.ui.SharedMarkup;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.County;
import se.klusterportalen.cluster.SmartArea;
import se.klusterportalen.text.Collation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The portfolio's read-only markup (issue #19, ADR 0097): the filters as native, labelled controls and a page of the
 * table with its pager, written as HTML (every text escaped, held at one byte per character) for
 * {@link PortfolioCache} and {@code SharedMarkup}. What to write comes in as values; the texts in the view's language.
 */
final class PortfolioMarkup {

    /** The view's texts in its language ({@code Component#getTranslation}). */
    interface Texts {
        String get(String key, Object... parameters);
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private final Texts texts;

    PortfolioMarkup(Texts texts) {
        this.texts = texts;
    }

    /**
     * The filters as native, labelled controls (a search field and four lists; the lists' options are the region's
     * sectors, counties and areas, each once, in the language's collation) and, for those who manage the portfolio,
     * the links to a new cluster, the import and the areas. Shared by every session of the region, language and
     * version (the selected status from the address too); filled once when the page opens, so the browser keeps
     * what a person chose or typed.
     */
    String filters(boolean manage, @Nullable ClusterStatus status, List<String> sectors, List<County> counties,
                   List<SmartArea> areas, Locale locale) {
        var html = new StringBuilder(8000);
        html.append("<div class=\"cluster-filters portfolio-filters\" role=\"search\">");
        String search = Figures.escape(texts.get("clusters.filter"));
        html.append("<label class=\"portfolio-field portfolio-search\"><span class=\"portfolio-label\">")
                .append(search).append("</span><input type=\"search\" name=\"text\" id=\"cluster-filter\" "
                        + "autocomplete=\"off\" placeholder=\"").append(search).append("\"></label>");
        var statuses = new LinkedHashMap<String, String>();
        for (ClusterStatus each : ClusterStatus.values()) {
            statuses.put(each.name(), texts.get("cluster.state." + each.name()));
        }
        select(html, "status", "cluster-status-filter", texts.get("cluster.status"), statuses,
                status == null ? "" : status.name());
        var sectorOptions = new LinkedHashMap<String, String>();
        sectors.stream().sorted(Collation.forLanguage(locale)).forEach(each -> sectorOptions.put(each, each));
        select(html, "sector", "cluster-sector-filter", texts.get("cluster.sector"), sectorOptions, "");
        var countyOptions = new LinkedHashMap<String, String>();
        counties.stream().sorted(Collation.comparing(County::officialName, locale))
                .forEach(each -> countyOptions.put(each.name(), each.officialName()));
        select(html, "county", "cluster-county-filter", texts.get("cluster.county"), countyOptions, "");
        var areaOptions = new LinkedHashMap<String, String>();
        areas.forEach(each -> areaOptions.put(each.id().toString(), each.name()));
        select(html, "area", "cluster-area-filter", texts.get("cluster.areas"), areaOptions, "");
        html.append("</div>");
        if (manage) {
            html.append("<div class=\"portfolio-actions\">")
                    .append(action("clusters/new", "cluster-create", "vaadin:plus", "cluster.create", true))
                    .append(action("clusters/import", "cluster-import", "vaadin:upload", "cluster.import.open", false))
                    .append(action("clusters/areas", "cluster-areas", "vaadin:list", "cluster.areas.open", false))
                    .append("</div>");
        }
        return SharedMarkup.latin1(html);
    }

    private void select(StringBuilder html, String name, String id, String label, Map<String, String> options,
                        String selected) {
        String all = texts.get("cluster.filter.all");
        html.append("<label class=\"portfolio-field\"><span class=\"portfolio-label\">").append(Figures.escape(label))
                .append("</span><select name=\"").append(name).append("\" id=\"").append(id).append("\">")
                .append("<option value=\"\">").append(Figures.escape(all)).append("</option>");
        options.forEach((value, text) -> html.append("<option value=\"").append(Figures.escape(value)).append("\"")
                .append(value.equals(selected) ? " selected" : "").append(">").append(Figures.escape(text))
                .append("</option>"));
        html.append("</select></label>");
    }

    private String action(String href, String id, String icon, String key, boolean primary) {
        return "<a class=\"portfolio-action" + (primary ? " portfolio-action-primary" : "") + "\" router-link href=\""
                + href + "\" id=\"" + id + "\"><vaadin-icon icon=\"" + icon + "\" aria-hidden=\"true\"></vaadin-icon>"
                + Figures.escape(texts.get(key)) + "</a>";
    }

    /**
     * The page as a table: a caption, the headers as sort buttons ({@code aria-sort} on the sorted one), the name a
     * link to the cluster's page (the whole row clickable through it), ECCP met or not by icon and words; below it
     * the pager ("1–50 av 300", previous and next).
     */
    String table(List<ClusterListView.ShownColumn> columns, Set<String> sortable, String sortKey, boolean descending,
                 List<ClusterListView.Row> rows, int number, long all) {
        var html = new StringBuilder(rows.size() * 400 + 2000);
        String sortedBy = columns.stream().filter(column -> column.key().equals(sortKey))
                .map(ClusterListView.ShownColumn::header).findFirst().orElse(texts.get("cluster.name"));
        long from = all == 0 ? 0 : (long) number * ClusterListView.PAGE + 1;
        long to = Math.min(all, (long) (number + 1) * ClusterListView.PAGE);
        String range = texts.get("cluster.portfolio.range", from, to, all);
        html.append("<table class=\"portfolio-table\"><caption>")
                .append(Figures.escape(texts.get("cluster.portfolio.caption", range, sortedBy,
                        texts.get(descending ? "cluster.portfolio.descending" : "cluster.portfolio.ascending"))))
                .append("</caption><thead><tr>");
        for (ClusterListView.ShownColumn column : columns) {
            html.append("<th scope=\"col\"");
            if (column.number()) {
                html.append(" class=\"portfolio-number\"");
            }
            String header = Figures.escape(column.header()).replace("/", "/<wbr>");
            if (!sortable.contains(column.key())) {
                html.append(">").append(header).append("</th>");
                continue;
            }
            boolean sorted = column.key().equals(sortKey);
            if (sorted) {
                html.append(" aria-sort=\"").append(descending ? "descending" : "ascending").append("\"");
            }
            html.append("><button type=\"button\" class=\"portfolio-sort\" data-sort=\"")
                    .append(Figures.escape(column.key())).append("\" data-focus-key=\"sort-")
                    .append(Figures.escape(column.key())).append("\">").append(header)
                    .append("<span class=\"portfolio-sort-mark\" aria-hidden=\"true\">")
                    .append(sorted ? (descending ? "\u25BC" : "\u25B2") : "\u21C5").append("</span></button></th>");
        }
        html.append("</tr></thead><tbody>");
        for (ClusterListView.Row row : rows) {
            html.append("<tr>");
            for (ClusterListView.ShownColumn column : columns) {
                String text = Figures.escape(column.text().apply(row));
                switch (column.key()) {
                    case "name" -> html.append("<th scope=\"row\"><a class=\"portfolio-link\" router-link href=\"")
                            .append("clusters/" + row.id()).append("\">").append(text).append("</a></th>");
                    case "eccp" -> {
                        boolean met = row.eccpRegistered() || row.eccpEligible();
                        html.append("<td><span class=\"cluster-eccp ").append(met ? "cluster-eccp-met"
                                : "cluster-eccp-unmet").append("\"><vaadin-icon class=\"cluster-eccp-icon\" "
                                + "aria-hidden=\"true\" icon=\"").append(met ? "vaadin:check-circle"
                                : "vaadin:close-circle-o").append("\"></vaadin-icon><span>").append(text)
                                .append("</span></span></td>");
                    }
                    // a date stays on one line ("Guld t.o.m." "2027-03-20", not "2027-" "03-20")
                    default -> html.append(column.number() ? "<td class=\"portfolio-number\">" : "<td>")
                            .append(DATE.matcher(text).replaceAll("<span class=\"portfolio-date\">$1</span>"))
                            .append("</td>");
                }
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        if (rows.isEmpty()) {
            html.append("<p class=\"portfolio-empty\">").append(Figures.escape(texts.get(
                    "cluster.portfolio.none"))).append("</p>");
        }
        int last = (int) Math.max(0, (all - 1) / ClusterListView.PAGE);
        html.append("<nav class=\"portfolio-pager\" aria-label=\"")
                .append(Figures.escape(texts.get("cluster.portfolio.pages"))).append("\">")
                .append(pagerButton(number - 1, number == 0, "cluster.portfolio.previous", "\u2039 ", "previous"))
                .append("<span class=\"portfolio-range\" aria-live=\"polite\">").append(Figures.escape(range))
                .append("</span>")
                .append(pagerButton(number + 1, number >= last, "cluster.portfolio.next", null, "next"))
                .append("</nav>");
        return SharedMarkup.latin1(html);
    }

    private String pagerButton(int target, boolean disabled, String key, @Nullable String before, String focusKey) {
        String text = Figures.escape(texts.get(key));
        return "<button type=\"button\" class=\"portfolio-page\" data-page=\"" + target + "\" data-focus-key=\""
                + focusKey + "\""
                + (disabled ? " disabled" : "") + ">" + (before == null ? text + " \u203A" : before + text)
                + "</button>";
    }
}
