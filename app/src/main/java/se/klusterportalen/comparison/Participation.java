package se.klusterportalen.comparison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.time.Instant;
import java.util.UUID;

/** Whether the region takes part in the comparison; one row per region, its history in Envers. */
@Entity
@Table(name = "comparison_participation")
@Audited
class Participation extends RegionOwnedEntity {

    @Column(name = "opted_in", nullable = false)
    private boolean optedIn;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected Participation() {
    }

    Participation(boolean optedIn, Instant at, String by) {
        this.id = UUID.randomUUID();
        change(optedIn, at, by);
    }

    void change(boolean optedIn, Instant at, String by) {
        this.optedIn = optedIn;
        this.changedAt = at;
        this.changedBy = by;
    }

    boolean optedIn() {
        return optedIn;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }
}
