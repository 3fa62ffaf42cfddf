package se.klusterportalen.programme;

import se.klusterportalen.text.PlainText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.klusterportalen.rejection.Rejection;

/** A region's cluster development programme (klusterutvecklingsprogram). */
@Entity
@Table(name = "programme")
@Audited
class Programme extends RegionOwnedEntity {

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

    protected Programme() {
    }

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    static final int MAX_NAME = 200;

    /**
     * A programme over the years {@code startYear}–{@code endYear} (both included). Refused
     * ({@link Rejection.Invalid}) with a blank or longer than 200 characters name ({@code programme.name.invalid})
     * and with a period that ends before it starts or lies outside 1990–2100 ({@code programme.period.invalid}).
     */
    Programme(UUID id, String name, int startYear, int endYear) {
        if (endYear < startYear || startYear < FIRST_YEAR || endYear > LAST_YEAR) {
            throw new Rejection.Invalid("period", "programme.period.invalid");
        }
        this.id = id;
        this.name = validName(name);
        this.startYear = startYear;
        this.endYear = endYear;
    }

    void include(ClusterId cluster) {
        clusterIds.add(cluster.value());
    }

    /** Renames the programme (the same name rule as a new one; uniqueness in the region is the service's check). */
    void rename(String newName) {
        this.name = validName(newName);
    }

    /** The stripped name; {@code programme.name.invalid} when blank or longer than {@value #MAX_NAME}. */
    static String validName(String name) {
        String line = PlainText.line(name);
        if (line.isEmpty() || line.length() > MAX_NAME) {
            throw new Rejection.Invalid("name", "programme.name.invalid");
        }
        return line;
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
