package se.klusterportalen.overview.ui;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import se.klusterportalen.audit.DataKind;
import se.klusterportalen.audit.DataVersion;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the overview shows, per region and data version, shared by every session that shows the same (issue #19, ADR
 * 0092): the status counts, the programmes and every panel's content, with the heat map's markup as one String per
 * entry. A navigation whose key is cached reads only the region's {@link DataVersion} of {@link #KINDS} (one
 * statement) and builds the components; a committed change of data of those kinds is another version, so it shows at
 * the next navigation; a change of another kind (a cluster's description, its contacts) keeps the entry (ADR 0094). At most {@value #ENTRIES} entries (about 0.2 MB each for 300 clusters, most of it the heat map).
 */
@Component
class OverviewCache {

    static final int ENTRIES = 64;

    /**
     * What the overview's content is made from: clusters (counts, names, ECCP and communication plan of the goals),
     * members (member goals), programmes (goals, milestones), funding, assessments (phases, heat map), labels. Not
     * the clusters' free texts, people, indicators or the comparison (its card reads nothing of the region).
     */
    static final Set<DataKind> KINDS = Set.of(DataKind.CLUSTERS, DataKind.MEMBERS, DataKind.PROGRAMMES,
            DataKind.FUNDING, DataKind.ASSESSMENTS, DataKind.LABELS);

    /**
     * Everything the overview's content is made from besides the region's data: the date (goal statuses, overdue
     * milestones, ending labels, the money panel's year), the language of its texts, the user's roles (they decide
     * the panels and links shown) and the programme asked for in the address.
     */
    record Key(String region, DataVersion version, LocalDate date, Locale language, Set<Role> roles,
               Optional<String> programmeAsked) implements RegionDataCache.Key {
        Key {
            roles = Set.copyOf(roles);
        }
    }

    /**
     * The overview's content.
     *
     * @param counts       clusters per status
     * @param programmes   the region's programmes the user may see, newest first
     * @param chosen       the programme shown
     * @param unknownAsked the address asked for a programme the region does not have
     * @param mayManage    the user may add clusters (the getting-started box of an empty region)
     * @param parts        the visible panels with content, in order
     */
    record Overview(Map<ClusterStatus, Long> counts, List<ProgrammeSummary> programmes,
                    Optional<ProgrammeSummary> chosen, boolean unknownAsked, boolean mayManage, List<Part> parts) {
        Overview {
            counts = Map.copyOf(counts);
            programmes = List.copyOf(programmes);
            parts = List.copyOf(parts);
        }

        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A panel and what it shows (its {@link OverviewPanel#read} answer, immutable). */
    record Part(OverviewPanel<?> panel, Object content) {
    }

    private final RegionDataCache<Key, Overview> overviews;

    OverviewCache(MeterRegistry meters) {
        this.overviews = new RegionDataCache<>("overview", KINDS, ENTRIES, meters);
    }

    Overview get(Key key, Supplier<Overview> read) {
        return overviews.get(key, read);
    }

    int size() {
        return overviews.size();
    }
}
