package se.klusterportalen.cluster;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A cluster initiative of a region and its profile. */
@Entity
@Table(name = "cluster")
@Audited
class Cluster extends RegionOwnedEntity {

    @Column(nullable = false)
    private String name;

    private @Nullable String description;

    private @Nullable String sector;

    @Enumerated(EnumType.STRING)
    private @Nullable County county;

    @ElementCollection
    @CollectionTable(name = "cluster_area", joinColumns = @JoinColumn(name = "cluster_id"))
    @Column(name = "area_id")
    private Set<UUID> areaIds = new HashSet<>();

    private @Nullable Integer foundingYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClusterStatus status;

    private @Nullable LocalDate setUpSince;
    private @Nullable LocalDate activeSince;
    private @Nullable LocalDate closedOn;

    private @Nullable String hostOrganisation;
    private @Nullable String hostOrgNumber;

    private @Nullable String website;
    private boolean englishWebsite;

    @Column(precision = 5, scale = 2)
    private @Nullable BigDecimal managementFte;

    private boolean eccpRegistered;
    private @Nullable LocalDate eccpRegisteredOn;
    private @Nullable String eccpProfileUrl;

    private boolean communicationPlan;
    private @Nullable LocalDate communicationPlanAdoptedOn;

    protected Cluster() {
    }

    Cluster(String name, String sector, County county, ClusterStatus status) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.sector = sector;
        this.county = county;
        this.status = status;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    ClusterStatus status() {
        return status;
    }

    boolean eccpRegistered() {
        return eccpRegistered;
    }

    boolean englishWebsite() {
        return englishWebsite;
    }

    @Nullable BigDecimal managementFte() {
        return managementFte;
    }

    Set<UUID> areaIds() {
        return Set.copyOf(areaIds);
    }

    void apply(ClusterDraft draft) {
        name = draft.getName();
        description = draft.getDescription();
        sector = draft.getSector();
        county = draft.getCounty();
        areaIds.retainAll(draft.getAreaIds());
        areaIds.addAll(draft.getAreaIds());
        foundingYear = draft.getFoundingYear();
        status = draft.getStatus();
        setUpSince = draft.getSetUpSince();
        activeSince = draft.getActiveSince();
        closedOn = draft.getClosedOn();
        hostOrganisation = draft.getHostOrganisation();
        hostOrgNumber = draft.getHostOrgNumber();
        website = draft.getWebsite();
        englishWebsite = draft.isEnglishWebsite();
        managementFte = draft.getManagementFte();
        eccpRegistered = draft.isEccpRegistered();
        eccpRegisteredOn = draft.getEccpRegisteredOn();
        eccpProfileUrl = draft.getEccpProfileUrl();
        communicationPlan = draft.isCommunicationPlan();
        communicationPlanAdoptedOn = draft.getCommunicationPlanAdoptedOn();
    }

    /** The profile's fields as an editable draft (contacts are added by the service). */
    ClusterDraft toDraft() {
        var draft = new ClusterDraft();
        draft.setName(name);
        draft.setDescription(description);
        draft.setSector(sector);
        draft.setCounty(county);
        draft.setAreaIds(Set.copyOf(areaIds));
        draft.setFoundingYear(foundingYear);
        draft.setStatus(status);
        draft.setSetUpSince(setUpSince);
        draft.setActiveSince(activeSince);
        draft.setClosedOn(closedOn);
        draft.setHostOrganisation(hostOrganisation);
        draft.setHostOrgNumber(hostOrgNumber);
        draft.setWebsite(website);
        draft.setEnglishWebsite(englishWebsite);
        draft.setManagementFte(managementFte);
        draft.setEccpRegistered(eccpRegistered);
        draft.setEccpRegisteredOn(eccpRegisteredOn);
        draft.setEccpProfileUrl(eccpProfileUrl);
        draft.setCommunicationPlan(communicationPlan);
        draft.setCommunicationPlanAdoptedOn(communicationPlanAdoptedOn);
        return draft;
    }

    /** What the cluster page shows; the served areas, contacts and member years come from their own tables. */
    ClusterProfile toProfile(List<SmartArea> areas, List<ContactPerson> contacts, boolean contactsHidden,
                             List<MemberCounts> members) {
        var eccp = EccpEligibility.judge(managementFte, englishWebsite,
                members.isEmpty() ? Optional.empty() : Optional.of(members.getLast()));
        return new ClusterProfile(new ClusterId(id), version, name, description, sector, county, areas, foundingYear,
                status, setUpSince, activeSince, closedOn, hostOrganisation, hostOrgNumber, website, englishWebsite,
                managementFte, eccpRegistered, eccpRegisteredOn, eccpProfileUrl, communicationPlan,
                communicationPlanAdoptedOn, contacts, contactsHidden, members, eccp);
    }

    ClusterFacts toFacts(Optional<Integer> latestMembers, Optional<Integer> previousMembers) {
        return new ClusterFacts(new ClusterId(id), name, status, latestMembers, previousMembers, eccpRegistered,
                communicationPlan);
    }

    ClusterSummary toSummary() {
        return new ClusterSummary(new ClusterId(id), name, sector, county, status);
    }
}
