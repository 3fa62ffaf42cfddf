package se.klusterportalen.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the cluster page shows of a cluster.
 *
 * @param version        what an edit must hand back to be accepted (optimistic locking)
 * @param contacts       empty for users without the permission contact.view
 * @param contactsHidden whether contacts were withheld from this user
 * @param members        member counts per year, oldest first
 */
public record ClusterProfile(ClusterId id, long version, String name, String description, String sector,
                             County county, List<SmartArea> areas, Integer foundingYear, ClusterStatus status,
                             LocalDate setUpSince, LocalDate activeSince, LocalDate closedOn,
                             String hostOrganisation, String hostOrgNumber, String website, boolean englishWebsite,
                             BigDecimal managementFte, boolean eccpRegistered, LocalDate eccpRegisteredOn,
                             String eccpProfileUrl, boolean communicationPlan, LocalDate communicationPlanAdoptedOn,
                             List<ContactPerson> contacts, boolean contactsHidden, List<MemberCounts> members,
                             EccpEligibility eccp) {

    public ClusterProfile {
        areas = List.copyOf(areas);
        contacts = List.copyOf(contacts);
        members = List.copyOf(members);
    }

    public Optional<MemberCounts> latestMembers() {
        return members.isEmpty() ? Optional.empty() : Optional.of(members.getLast());
    }

    /** The change of the total from the year before the latest (empty with fewer than two years). */
    public Optional<Integer> memberTrend() {
        if (members.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(members.getLast().total() - members.get(members.size() - 2).total());
    }
}
