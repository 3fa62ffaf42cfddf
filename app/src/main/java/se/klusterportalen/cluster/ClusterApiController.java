package se.klusterportalen.cluster;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.rejection.Rejection;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/clusters")
class ClusterApiController {

    private final ClusterService clusters;

    ClusterApiController(ClusterService clusters) {
        this.clusters = clusters;
    }

    @GetMapping
    List<ClusterJson> list() {
        return clusters.list().stream().map(ClusterJson::of).toList();
    }

    /** One cluster's profile; contact persons only for roles that may see personal data. */
    @GetMapping("/{id}")
    ProfileJson profile(@PathVariable String id) {
        return clusters.profile(parse(id)).map(ProfileJson::of)
                .orElseThrow(() -> new Rejection.NotFound("cluster.error.not-found"));
    }

    /** Member counts per year and type, oldest first. */
    @GetMapping("/{id}/members")
    List<MembersJson> members(@PathVariable String id) {
        return clusters.profile(parse(id)).orElseThrow(() -> new Rejection.NotFound("cluster.error.not-found"))
                .members().stream().map(MembersJson::of).toList();
    }

    private static ClusterId parse(String id) {
        try {
            return ClusterId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new Rejection.NotFound("cluster.error.not-found");
        }
    }

    record ClusterJson(String id, String name, String sector, String county, String status) {
        static ClusterJson of(ClusterSummary cluster) {
            return new ClusterJson(cluster.id().toString(), cluster.name(), cluster.sector(),
                    cluster.county() == null ? null : cluster.county().name(), cluster.status().name());
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
