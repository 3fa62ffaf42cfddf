package se.klusterportalen.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.Map;
import java.util.UUID;

/** The member counts a cluster reported for one year. */
@Entity
@Table(name = "cluster_member_year")
@Audited
class MemberYear extends RegionOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID clusterId;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    private int sme;
    private int largeCompany;
    private int academia;
    private int publicSector;
    private int other;

    protected MemberYear() {
    }

    MemberYear(UUID clusterId, int year) {
        this.id = UUID.randomUUID();
        this.clusterId = clusterId;
        this.year = year;
    }

    UUID clusterId() {
        return clusterId;
    }

    int year() {
        return year;
    }

    long version() {
        return version;
    }

    void record(MemberCounts counts) {
        sme = counts.count(MemberType.SME);
        largeCompany = counts.count(MemberType.LARGE_COMPANY);
        academia = counts.count(MemberType.ACADEMIA);
        publicSector = counts.count(MemberType.PUBLIC_SECTOR);
        other = counts.count(MemberType.OTHER);
    }

    MemberCounts toCounts() {
        return new MemberCounts(year, Map.of(MemberType.SME, sme, MemberType.LARGE_COMPANY, largeCompany,
                MemberType.ACADEMIA, academia, MemberType.PUBLIC_SECTOR, publicSector, MemberType.OTHER, other),
                version);
    }
}
