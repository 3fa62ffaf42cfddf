package se.klusterportalen.cluster;


import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import se.klusterportalen.rejection.Rejection;

/** A cluster's members: counts per year and named member organisations. Permissions: {@link ClusterService}. */
@Component
class ClusterMembers {

    static final int EARLIEST_MEMBER_YEAR = 1990;
    static final int MAX_MEMBER_COUNT = 100_000;

    private final MemberYearRepository memberYears;
    private final MemberOrganisationRepository namedMembers;
    private final ClusterRepository clusters;
    private final Clock clock;

    ClusterMembers(MemberYearRepository memberYears, MemberOrganisationRepository namedMembers,
                   ClusterRepository clusters, Clock clock) {
        this.memberYears = memberYears;
        this.namedMembers = namedMembers;
        this.clusters = clusters;
        this.clock = clock;
    }

    /** The cluster's counts, oldest year first. */
    List<MemberCounts> of(ClusterId id) {
        return memberYears.findByClusterIdOrderByYearAsc(id.value()).stream().map(MemberYear::toCounts).toList();
    }

    /** Every cluster's counts, oldest year first. */
    Map<UUID, List<MemberCounts>> byCluster() {
        return memberYears.findAll().stream()
                .sorted(Comparator.comparingInt(MemberYear::year))
                .collect(Collectors.groupingBy(MemberYear::clusterId,
                        Collectors.mapping(MemberYear::toCounts, Collectors.toList())));
    }

    void save(ClusterId id, MemberCounts counts, boolean newYear) {
        clusters.require(id);
        validate(counts);
        var existing = memberYears.findByClusterIdAndYear(id.value(), counts.year());
        if (newYear && existing.isPresent()) {
            if (existing.get().toCounts().byType().equals(counts.byType())) {
                return; // the same new year sent again (a double click, a retry): it is stored already
            }
            throw new Rejection.Invalid("year", "cluster.error.members.year-exists");
        }
        var year = existing.orElseGet(() -> new MemberYear(id.value(), counts.year()));
        if (!newYear && (existing.isEmpty() || year.version() != counts.version())) {
            throw new Rejection.Stale("cluster.error.stale");
        }
        year.record(counts);
        try {
            memberYears.saveAndFlush(year);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Rejection.Stale("cluster.error.stale");
        } catch (DataIntegrityViolationException e) {
            throw new Rejection.Invalid("year", "cluster.error.members.year-exists");
        }
    }

    void remove(ClusterId id, int year, long loadedVersion) {
        var row = memberYears.findByClusterIdAndYear(id.value(), year).orElseThrow(() -> new Rejection.Stale("cluster.error.stale"));
        if (row.version() != loadedVersion) {
            throw new Rejection.Stale("cluster.error.stale");
        }
        memberYears.delete(row);
    }

    /** Demo data: the year's counts unless that year is already recorded. */
    void ifMissing(ClusterId id, MemberCounts counts) {
        if (memberYears.findByClusterIdAndYear(id.value(), counts.year()).isEmpty()) {
            var year = new MemberYear(id.value(), counts.year());
            year.record(counts);
            memberYears.save(year);
        }
    }

    List<NamedMember> named(ClusterId id) {
        return namedMembers.findByClusterIdOrderByNameAsc(id.value()).stream().map(MemberOrganisation::toRecord)
                .toList();
    }

    NamedMember addNamed(ClusterId id, String name, MemberType type, Integer memberSince) {
        clusters.require(id);
        var errors = new LinkedHashMap<String, String>();
        String cleaned = ClusterValidator.clean(name);
        if (cleaned == null || cleaned.length() > ClusterValidator.TEXT_MAX) {
            errors.put("memberName", "cluster.error.named-member.name");
        }
        if (type == null) {
            errors.put("memberType", "cluster.error.named-member.type");
        }
        if (memberSince != null && (memberSince < ClusterValidator.EARLIEST_FOUNDING_YEAR
                || memberSince > LocalDate.now(clock).getYear())) {
            errors.put("memberSince", "cluster.error.founding-year.range");
        }
        if (!errors.isEmpty()) {
            throw Rejection.Invalid.of(errors);
        }
        var listed = namedMembers.findByClusterIdOrderByNameAsc(id.value()).stream()
                .map(MemberOrganisation::toRecord)
                .filter(member -> member.name().equalsIgnoreCase(cleaned))
                .findFirst();
        if (listed.isPresent()) {
            if (listed.get().type() == type && Objects.equals(listed.get().memberSince(), memberSince)) {
                return listed.get(); // the same organisation sent again (a double click, a retry)
            }
            throw new Rejection.Invalid("memberName", "cluster.error.named-member.listed");
        }
        return namedMembers.save(new MemberOrganisation(id.value(), cleaned, type, memberSince)).toRecord();
    }

    void removeNamed(ClusterId id, UUID memberId) {
        namedMembers.findById(memberId).filter(member -> member.clusterId().equals(id.value()))
                .ifPresent(namedMembers::delete);
    }

    /** Demo data: a named member unless one of that name is recorded. */
    void namedIfMissing(ClusterId id, String name, MemberType type, Integer since) {
        boolean present = named(id).stream().anyMatch(member -> member.name().equalsIgnoreCase(name));
        if (!present) {
            namedMembers.save(new MemberOrganisation(id.value(), name, type, since));
        }
    }

    private void validate(MemberCounts counts) {
        var errors = new LinkedHashMap<String, String>();
        if (counts.year() < EARLIEST_MEMBER_YEAR || counts.year() > LocalDate.now(clock).getYear()) {
            errors.put("year", "cluster.error.members.year");
        }
        for (MemberType type : MemberType.values()) {
            int count = counts.count(type);
            if (count < 0 || count > MAX_MEMBER_COUNT) {
                errors.put(type.name(), "cluster.error.members.count");
            }
        }
        if (!errors.isEmpty()) {
            throw Rejection.Invalid.of(errors);
        }
    }
}
