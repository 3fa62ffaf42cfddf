package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

import java.util.UUID;

/** A named member organisation of a cluster. */
@Entity
@Table(name = "cluster_member_organisation")
@Audited
class MemberOrganisation {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private UUID clusterId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberType memberType;

    private Integer memberSince;

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
