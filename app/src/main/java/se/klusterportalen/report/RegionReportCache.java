package se.klusterportalen.report;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import se.klusterportalen.audit.DataKind;
import se.klusterportalen.audit.DataVersion;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.programme.ProgrammeId;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finished region reports (PDF bytes) by everything they are made from, so a report asked for again while nothing
 * changed is not laid out again: the region and its name, the version of the kinds of the region's data the report
 * reads ({@link DataVersion} of {@link #KINDS}: every committed change of such data raises its counter, ADR 0094), the date
 * (goal statuses, overdue milestones and ending labels are judged on it), the language, the programme and the
 * caller's permissions (they decide which sections are in). A change of any of them is another key, so an entry is
 * never served stale; old entries fall out when the cache is full (the {@value #ENTRIES} most recently used stay,
 * about 0.8 MB each for 300 clusters). The mechanism is {@link RegionDataCache}, as for the overview's figures.
 */
@Component
class RegionReportCache {

    static final int ENTRIES = 16;

    /** What the region report is made from: the portfolio, members, labels, assessments, programmes, funding. */
    static final Set<DataKind> KINDS = Set.of(DataKind.CLUSTERS, DataKind.MEMBERS, DataKind.LABELS,
            DataKind.ASSESSMENTS, DataKind.PROGRAMMES, DataKind.FUNDING);

    record Key(String region, String regionName, DataVersion version, LocalDate date, Locale language,
               Optional<ProgrammeId> programme, Set<String> permissions) implements RegionDataCache.Key {
    }

    private final RegionDataCache<Key, byte[]> reports;

    RegionReportCache(MeterRegistry meters) {
        this.reports = new RegionDataCache<>("region-report", KINDS, ENTRIES, meters);
    }

    /** The report of this key, made by {@code render} when it is not cached (two callers may both render it). */
    byte[] get(Key key, Supplier<byte[]> render) {
        // the kept bytes are never handed out: a caller may write into its copy
        return reports.get(key, () -> render.get().clone()).clone();
    }
}
