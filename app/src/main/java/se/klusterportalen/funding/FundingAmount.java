package se.klusterportalen.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.OptionalLong;
import java.util.UUID;

/** Planned and reported kronor of one stream in one year of a cluster's plan. */
@Entity
@Table(name = "funding_amount")
@Audited
class FundingAmount extends RegionOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private FundingPlan plan;

    @Column(name = "stream_id", nullable = false, updatable = false)
    private UUID streamId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private long planned;

    private @Nullable Long actual;

    protected FundingAmount() {
    }

    FundingAmount(FundingPlan plan, FundingAmountValue value) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.streamId = value.stream().value();
        this.year = value.year();
        set(value.planned(), value.actual());
    }

    void set(long planned, OptionalLong actual) {
        this.planned = planned;
        this.actual = actual.isPresent() ? actual.getAsLong() : null;
    }

    StreamYear cell() {
        return new StreamYear(new FundingStreamId(streamId), year);
    }

    FundingAmountValue toValue() {
        return new FundingAmountValue(new FundingStreamId(streamId), year, planned,
                actual == null ? OptionalLong.empty() : OptionalLong.of(actual));
    }
}
