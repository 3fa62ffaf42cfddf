package se.klusterportalen.cluster;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A cluster initiative of a region and its profile. The profile's fields are stored in embedded groups (same
 * columns of table {@code cluster}); the served areas in {@code cluster_area}, contacts and members in their tables.
 */
@Entity
@Table(name = "cluster")
@Audited
class Cluster extends RegionOwnedEntity {

    @Embedded
    private ProfileBasics basics = new ProfileBasics();

    @ElementCollection
    @CollectionTable(name = "cluster_area", joinColumns = @JoinColumn(name = "cluster_id"))
    @Column(name = "area_id")
    private Set<UUID> areaIds = new HashSet<>();

    @Embedded
    private ProfileLifecycle lifecycle = new ProfileLifecycle();

    @Embedded
    private @Nullable ProfileHost host = new ProfileHost();

    @Embedded
    private @Nullable ProfileWeb web = new ProfileWeb();

    @Embedded
    private @Nullable ProfileEccp eccp = new ProfileEccp();

    @Embedded
    private @Nullable ProfileCommunication communication = new ProfileCommunication();

    protected Cluster() {
    }

    Cluster(UUID id, String name, String sector, County county, ClusterStatus status) {
        this.id = id;
        this.basics.name = name;
        this.basics.sector = sector;
        this.basics.county = county;
        this.lifecycle.status = status;
    }

    UUID id() {
        return id;
    }

    String name() {
        return basics.name;
    }

    long version() {
        return version;
    }

    ClusterStatus status() {
        return lifecycle.status;
    }

    boolean eccpRegistered() {
        return eccp().eccpRegistered;
    }

    boolean englishWebsite() {
        return web().englishWebsite;
    }

    @Nullable BigDecimal managementFte() {
        return eccp().managementFte;
    }

    Set<UUID> areaIds() {
        return Set.copyOf(areaIds);
    }

    void apply(ClusterDraft draft) {
        basics = draft.basics.copy();
        areaIds.retainAll(draft.getAreaIds());
        areaIds.addAll(draft.getAreaIds());
        lifecycle = draft.lifecycle.copy();
        host = draft.host.copy();
        web = draft.web.copy();
        eccp = draft.eccp.copy();
        communication = draft.communication.copy();
    }

    /** The profile's fields as an editable draft (contacts are added by the service). */
    ClusterDraft toDraft() {
        var draft = new ClusterDraft();
        draft.basics = basics.copy();
        draft.setAreaIds(Set.copyOf(areaIds));
        draft.lifecycle = lifecycle.copy();
        draft.host = host().copy();
        draft.web = web().copy();
        draft.eccp = eccp().copy();
        draft.communication = communication().copy();
        return draft;
    }

    /** What the cluster page shows; the served areas, contacts and member years come from their own tables. */
    ClusterProfile toProfile(List<SmartArea> areas, List<ContactPerson> contacts, boolean contactsHidden,
                             List<MemberCounts> members) {
        var eccpJudgement = EccpEligibility.judge(managementFte(), englishWebsite(),
                members.isEmpty() ? Optional.empty() : Optional.of(members.getLast()));
        var draft = toDraft();
        return new ClusterProfile(new ClusterId(id), version, draft.getName(), draft.getDescription(),
                draft.getSector(), draft.getCounty(), areas, draft.getFoundingYear(), draft.getStatus(),
                draft.getSetUpSince(), draft.getActiveSince(), draft.getClosedOn(), draft.getHostOrganisation(),
                draft.getHostOrgNumber(), draft.getWebsite(), draft.isEnglishWebsite(), draft.getManagementFte(),
                draft.isEccpRegistered(), draft.getEccpRegisteredOn(), draft.getEccpProfileUrl(),
                draft.isCommunicationPlan(), draft.getCommunicationPlanAdoptedOn(), contacts, contactsHidden, members,
                eccpJudgement);
    }

    ClusterSummary toSummary() {
        return new ClusterSummary(new ClusterId(id), basics.name, basics.sector, basics.county, lifecycle.status);
    }

    // Hibernate leaves an embedded group null when all its columns are null (a cluster without host, say).

    private ProfileHost host() {
        return host == null ? new ProfileHost() : host;
    }

    private ProfileWeb web() {
        return web == null ? new ProfileWeb() : web;
    }

    private ProfileEccp eccp() {
        return eccp == null ? new ProfileEccp() : eccp;
    }

    private ProfileCommunication communication() {
        return communication == null ? new ProfileCommunication() : communication;
    }
}
