package se.klusterportalen.label;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** An ECEI label awarded to a cluster. */
@Entity
@Table(name = "ecei_label")
@Audited
class Label extends RegionOwnedEntity {

    @Column(name = "cluster_id", nullable = false, updatable = false)
    private UUID clusterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LabelLevel level;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "score_percent")
    private @Nullable Integer scorePercent;

    @Column(name = "issuer_reference")
    private @Nullable String issuerReference;

    protected Label() {
    }

    Label(UUID id, ClusterId cluster, LabelInput input) {
        this.id = id;
        this.clusterId = cluster.value();
        apply(input);
    }

    void apply(LabelInput input) {
        this.level = input.level();
        this.assessedOn = input.assessedOn();
        this.validUntil = input.validUntil();
        this.scorePercent = input.scorePercent();
        this.issuerReference = input.issuerReference();
    }

    UUID clusterId() {
        return clusterId;
    }

    long version() {
        return version;
    }

    LabelRecord toRecord() {
        return new LabelRecord(new LabelId(id), new ClusterId(clusterId), level, assessedOn, validUntil,
                Optional.ofNullable(scorePercent), issuerReference, version);
    }
}
