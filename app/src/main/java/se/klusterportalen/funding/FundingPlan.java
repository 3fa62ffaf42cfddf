package se.klusterportalen.funding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A cluster's funding plan in a programme, the unit of editing: every save changes the plan row, so its version
 * guards all its amounts against concurrent edits.
 */
@Entity
@Table(name = "funding_plan")
@Audited
class FundingPlan extends RegionOwnedEntity {

    @Column(name = "programme_id", nullable = false, updatable = false)
    private UUID programmeId;

    @Column(name = "cluster_id", nullable = false, updatable = false)
    private UUID clusterId;

    @Column(name = "taper_start_year")
    private @Nullable Integer taperStartYear;

    @Column(name = "taper_start_amount")
    private @Nullable Long taperStartAmount;

    @Column(name = "taper_end_year")
    private @Nullable Integer taperEndYear;

    @Column(name = "taper_floor_amount")
    private @Nullable Long taperFloorAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "taper_shape")
    private @Nullable TaperingShape taperShape;

    @Column(name = "taper_rounding_unit")
    private @Nullable Long taperRoundingUnit;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FundingAmount> amounts = new ArrayList<>();

    protected FundingPlan() {
    }

    FundingPlan(ProgrammeId programme, ClusterId cluster) {
        this.id = UUID.randomUUID();
        this.programmeId = programme.value();
        this.clusterId = cluster.value();
    }

    long version() {
        return version;
    }

    UUID clusterId() {
        return clusterId;
    }

    /** Replaces all amounts: cells missing from {@code values}, or planned 0 with nothing reported, are removed. */
    void replaceAmounts(Map<StreamYear, FundingAmountValue> values) {
        amounts.removeIf(amount -> !values.containsKey(amount.cell()) || values.get(amount.cell()).equals(zero(amount.cell())));
        for (FundingAmountValue value : values.values()) {
            if (value.equals(zero(value.cell()))) {
                continue;
            }
            amounts.stream().filter(amount -> amount.cell().equals(value.cell())).findFirst()
                    .ifPresentOrElse(amount -> amount.set(value.planned(), value.actual()),
                            () -> amounts.add(new FundingAmount(this, value)));
        }
    }

    private static FundingAmountValue zero(StreamYear cell) {
        return new FundingAmountValue(cell.stream(), cell.year(), 0, java.util.OptionalLong.empty());
    }

    void taper(Optional<TaperingPlan> plan) {
        taperStartYear = plan.map(TaperingPlan::startYear).orElse(null);
        taperStartAmount = plan.map(TaperingPlan::startAmount).orElse(null);
        taperEndYear = plan.map(TaperingPlan::endYear).orElse(null);
        taperFloorAmount = plan.map(TaperingPlan::floorAmount).orElse(null);
        taperShape = plan.map(TaperingPlan::shape).orElse(null);
        taperRoundingUnit = plan.map(TaperingPlan::roundingUnit).orElse(null);
    }

    /** Always changes the row, so that the version moves even when only amounts changed. */
    void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    Optional<TaperingPlan> tapering() {
        if (taperShape == null) {
            return Optional.empty();
        }
        return Optional.of(new TaperingPlan(taperStartYear, taperStartAmount, taperEndYear, taperFloorAmount, taperShape,
                taperRoundingUnit));
    }

    List<FundingAmountValue> amountValues() {
        return amounts.stream().map(FundingAmount::toValue).toList();
    }

    String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }
}
