package se.klusterportalen.cluster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.text.Collation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Read access to the region's clusters: the portfolio (filters and sorting as in the portfolio grid), a cluster's
 * profile, member counts per year, contact persons (not for politicians) and history.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Clusters")
@RequestMapping("/api/v1/clusters")
class ClusterApiController {

    private final ClusterService clusters;

    ClusterApiController(ClusterService clusters) {
        this.clusters = clusters;
    }

    @Operation(summary = "The region's clusters, as the portfolio grid shows them",
            description = "Filters combine (all must hold). Order: `sort` (default name), then name in Swedish "
                    + "collation, then id.")
    @GetMapping
    PageResponse<ClusterJson> list(
            @Parameter(description = "Part of the name (any case)") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "SETTING_UP, ACTIVE or CLOSED") @RequestParam(required = false) @Nullable String status,
            @Parameter(description = "The sector, exactly") @RequestParam(required = false) @Nullable String sector,
            @Parameter(description = "The county's code, e.g. SKANE") @RequestParam(required = false) @Nullable String county,
            @Parameter(description = "A smart-specialisation area's id") @RequestParam(required = false) @Nullable String area,
            @Parameter(description = "name, sector, county, status, members or eccp (not eligible, eligible, registered); a leading '-' sorts descending")
            @RequestParam(required = false) @Nullable String sort,
            @ParameterObject Paging paging) {
        paging.check();
        ClusterStatus wantedStatus = status == null ? null : parseEnum(ClusterStatus.class, status, "status");
        County wantedCounty = county == null ? null : parseEnum(County.class, county, "county");
        UUID wantedArea = area == null ? null : parseUuid(area, "area");
        String key = sort == null ? "name" : sort;
        boolean descending = key.startsWith("-");
        PortfolioQuery.Sort order = switch (descending ? key.substring(1) : key) {
            case "name" -> PortfolioQuery.Sort.NAME;
            case "sector" -> PortfolioQuery.Sort.SECTOR;
            case "county" -> PortfolioQuery.Sort.COUNTY;
            case "status" -> PortfolioQuery.Sort.STATUS;
            case "members" -> PortfolioQuery.Sort.MEMBERS;
            case "eccp" -> PortfolioQuery.Sort.ECCP;
            default -> throw new Rejection.Invalid("sort", "api.sort.unknown", key);
        };
        String needle = q == null || q.isBlank() ? null : q.strip();
        var page = clusters.portfolio(new PortfolioQuery(needle, wantedStatus, sector, wantedCounty, wantedArea, order,
                descending), paging.offset(), paging.pageSize());
        return paging.ofPage(page.rows().stream().map(ClusterJson::of).toList(), page.total());
    }

    /** One cluster's profile; contact persons only for roles that may see personal data (else {@code null}). */
    @Operation(summary = "A cluster's profile", description = "ETag and If-None-Match are supported.")
    @GetMapping("/{id}")
    ProfileJson profile(@PathVariable String id) {
        return clusters.profile(parse(id)).map(ProfileJson::of).orElseThrow(ClusterApiController::notFound);
    }

    /** Member counts per year and type, oldest first. */
    @Operation(summary = "A cluster's member counts per year, oldest year first")
    @GetMapping("/{id}/members")
    PageResponse<MembersJson> members(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(clusters.profile(parse(id)).orElseThrow(ClusterApiController::notFound)
                .members().stream().sorted(Comparator.comparingInt(MemberCounts::year)).map(MembersJson::of).toList());
    }

    @Operation(summary = "A cluster's named member organisations",
            description = "Order: name (Swedish collation), then id.")
    @GetMapping("/{id}/named-members")
    PageResponse<NamedMember> namedMembers(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        ClusterId cluster = parse(id);
        if (clusters.find(cluster).isEmpty()) {
            throw notFound();
        }
        return paging.of(clusters.namedMembers(cluster).stream()
                .sorted(Collation.<NamedMember>swedish(NamedMember::name).thenComparing(NamedMember::id)).toList());
    }

    @Operation(summary = "A cluster's contact persons (personal data)",
            description = "Only for roles that may see personal data (programme officers, cluster managers); a "
                    + "politician gets 403. Order: name in Swedish collation, then id.")
    @GetMapping("/{id}/contacts")
    PageResponse<ContactPerson> contacts(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(clusters.contacts(parse(id)).orElseThrow(ClusterApiController::notFound).stream()
                .sorted(Collation.<ContactPerson>swedish(ContactPerson::name)
                        .thenComparing(c -> Objects.toString(c.id(), "")))
                .toList());
    }

    @Operation(summary = "A cluster's history: who changed what and when (UTC), newest first",
            description = "Changes of the profile, member counts, named members and (only for roles that may see "
                    + "them) contact persons. Order: newest first; changes at the same instant in the order profile, "
                    + "members, named members, contacts, the older revision first. Paged in the database as the "
                    + "cluster page's history (a page reads the newest `(page + 1) × size` changes, never the whole "
                    + "history); `totalItems` is the number of changes recorded.")
    @GetMapping("/{id}/history")
    PageResponse<ClusterChange> history(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        var slice = clusters.history(parse(id), paging.offset(), paging.pageSize());
        return paging.ofPage(slice.changes(), slice.total());
    }

    /** A malformed id is the same NotFound as an unknown one. */
    private static ClusterId parse(String id) {
        return ClusterId.parse(id);
    }

    private static Rejection.NotFound notFound() {
        return new Rejection.NotFound("cluster.error.not-found");
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejection.Invalid(field, "api.filter.unknown-value", value);
        }
    }

    private static UUID parseUuid(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new Rejection.Invalid(field, "api.filter.unknown-value", value);
        }
    }

    /**
     * A line of the portfolio.
     *
     * @param latestMembers the latest year's member count, {@code null} when none is recorded
     * @param memberTrend   the change from the year before, {@code null} without two years
     * @param areaIds       the smart-specialisation areas' ids
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ClusterListItem")
    record ClusterJson(String id, String name, @Nullable String sector, @Nullable String county, String status,
                       @Nullable Integer latestMembers, @Nullable Integer memberTrend, boolean eccpRegistered,
                       boolean eccpEligible, List<String> areaIds) {
        static ClusterJson of(PortfolioRow row) {
            return new ClusterJson(row.id().toString(), row.name(), row.sector(),
                    row.county() == null ? null : row.county().name(), row.status().name(),
                    row.latestMembers().orElse(null), row.memberTrend().orElse(null), row.eccpRegistered(),
                    row.eccpEligible(), row.areaIds().stream().map(UUID::toString).sorted().toList());
        }
    }

    record ProfileJson(String id, long version, String name, String description, String sector, String county,
                       List<String> smartSpecialisationAreas, Integer foundingYear, String status,
                       LocalDate setUpSince, LocalDate activeSince, LocalDate closedOn, String hostOrganisation,
                       String hostOrganisationNumber, String website, boolean englishWebsite,
                       BigDecimal managementFte, boolean eccpRegistered, LocalDate eccpRegisteredOn,
                       String eccpProfileUrl, boolean communicationPlan, LocalDate communicationPlanAdoptedOn,
                       List<ContactPerson> contacts, Integer latestMembers, boolean eccpEligible,
                       List<String> eccpUnmet) {
        static ProfileJson of(ClusterProfile p) {
            return new ProfileJson(p.id().toString(), p.version(), p.name(), p.description(), p.sector(),
                    p.county() == null ? null : p.county().name(), p.areas().stream().map(SmartArea::name).toList(),
                    p.foundingYear(), p.status().name(), p.setUpSince(), p.activeSince(), p.closedOn(),
                    p.hostOrganisation(), p.hostOrgNumber(), p.website(), p.englishWebsite(), p.managementFte(),
                    p.eccpRegistered(), p.eccpRegisteredOn(), p.eccpProfileUrl(), p.communicationPlan(),
                    p.communicationPlanAdoptedOn(), p.contactsHidden() ? null : p.contacts(),
                    p.latestMembers().map(MemberCounts::total).orElse(null), p.eccp().eligible(),
                    p.eccp().unmet().stream().map(u -> u.criterion().name()).toList());
        }
    }

    record MembersJson(int year, int total, Map<MemberType, Integer> byType) {
        static MembersJson of(MemberCounts counts) {
            return new MembersJson(counts.year(), counts.total(), counts.byType());
        }
    }
}
