package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.UUID;

/** A named member organisation of a cluster. */
@Entity
@Table(name = "cluster_member_organisation")
@Audited
class MemberOrganisation extends RegionOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID clusterId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberType memberType;

    private @Nullable Integer memberSince;

    protected MemberOrganisation() {
    }

    MemberOrganisation(UUID clusterId, String name, MemberType memberType, Integer memberSince) {
        this.id = UUID.randomUUID();
        this.clusterId = clusterId;
        this.name = name;
        this.memberType = memberType;
        this.memberSince = memberSince;
    }

    UUID clusterId() {
        return clusterId;
    }

    NamedMember toRecord() {
        return new NamedMember(id, name, memberType, memberSince);
    }
}
