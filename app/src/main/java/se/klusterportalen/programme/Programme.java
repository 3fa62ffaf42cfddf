package se.klusterportalen.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import se.klusterportalen.cluster.ClusterId;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A region's cluster development programme (klusterutvecklingsprogram). */
@Entity
@Table(name = "programme")
@Audited
class Programme {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @ElementCollection
    @CollectionTable(name = "programme_cluster", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "cluster_id")
    private Set<UUID> clusterIds = new HashSet<>();

    @Version
    private long version;

    protected Programme() {
    }

    Programme(String name, int startYear, int endYear) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.startYear = startYear;
        this.endYear = endYear;
    }

    void include(ClusterId cluster) {
        clusterIds.add(cluster.value());
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** Changes which clusters the programme funds and follows; their plans and milestones stay as they are. */
    void replaceClusters(Collection<ClusterId> clusters) {
        clusterIds.retainAll(clusters.stream().map(ClusterId::value).collect(Collectors.toSet()));
        clusters.forEach(this::include);
    }

    long version() {
        return version;
    }

    ProgrammeSummary toSummary() {
        return new ProgrammeSummary(new ProgrammeId(id), name, startYear, endYear,
                clusterIds.stream().map(ClusterId::new).collect(Collectors.toSet()), version);
    }
}
