package se.klusterportalen.cluster.ui;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import se.klusterportalen.audit.DataKind;
import se.klusterportalen.audit.DataVersion;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.cluster.PortfolioQuery;
import se.klusterportalen.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The portfolio's pages as finished, read-only table markup, per region and data version, shared by every session
 * that shows the same page (issue #19, ADR 0097): one entry per region, data version, date, language, role set,
 * filters, sort, page and visible columns. A session holds the filters' values, the sort and the page number; the
 * rows live here once and in the browser, fetched from {@code SharedMarkup}'s address. The filters (native controls
 * with the region's sectors, counties and areas as options) are kept the same way, per region, version and language.
 */
@Component
class PortfolioCache {

    static final int PAGES = 256;
    static final int CHOICES = 32;

    /**
     * What a page is made from: clusters (names, sector, county, status, ECCP, areas), members (latest count),
     * assessments (the phase column) and labels (the current label column). Not the clusters' free texts or people.
     */
    static final Set<DataKind> KINDS = Set.of(DataKind.CLUSTERS, DataKind.MEMBERS, DataKind.ASSESSMENTS,
            DataKind.LABELS);

    /**
     * A page of the portfolio besides the region's data: the date (a label's last valid day decides the current
     * label), the language of its texts, the user's roles (they decide the contributed columns and the sorts), the
     * filters and sort, the page (0 first) and the visible columns' keys in their order.
     */
    record PageKey(String region, DataVersion version, LocalDate date, Locale language, Set<Role> roles,
                   PortfolioQuery query, int page, List<String> columns) implements RegionDataCache.Key {
        PageKey {
            roles = Set.copyOf(roles);
            columns = List.copyOf(columns);
        }
    }

    /**
     * A page as shown.
     *
     * @param markup the table and its pager (HTML, escaped, at one byte per character: {@code SharedMarkup#latin1})
     * @param total  how many clusters the filters keep
     * @param page   the page shown (0 first; the last one when the asked page is past the end)
     */
    record Page(String markup, long total, int page) {
    }

    /**
     * The filters' markup of a region in a language: the options are the region's sectors, counties and areas; with
     * the manager's links or not, the status chosen in the address selected.
     */
    record FiltersKey(String region, DataVersion version, Locale language, boolean manage,
                      Optional<ClusterStatus> status) implements RegionDataCache.Key {
    }

    private final RegionDataCache<PageKey, Page> pages;
    private final RegionDataCache<FiltersKey, String> filters;

    PortfolioCache(MeterRegistry meters) {
        this.pages = new RegionDataCache<>("portfolio", KINDS, PAGES, meters);
        this.filters = new RegionDataCache<>("portfolio-filters", KINDS, CHOICES, meters);
    }

    Page page(PageKey key, Supplier<Page> make) {
        return pages.get(key, make);
    }

    String filters(FiltersKey key, Supplier<String> make) {
        return filters.get(key, make);
    }

    int size() {
        return pages.size();
    }
}
