package se.klusterportalen.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.Optional;
import java.util.UUID;

/** Where a region's clusters get money from. */
@Entity
@Table(name = "funding_stream")
@Audited
class FundingStream extends RegionOwnedEntity {

    @Enumerated(EnumType.STRING)
    private @Nullable StandardStream standard;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StreamKind kind;

    @Column(nullable = false)
    private boolean base;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected FundingStream() {
    }

    FundingStream(StandardStream standard, String name, StreamKind kind, boolean base, int sortOrder) {
        this.id = UUID.randomUUID();
        this.standard = standard;
        this.name = name;
        this.kind = kind;
        this.base = base;
        this.sortOrder = sortOrder;
    }

    static FundingStream standard(StandardStream standard) {
        return new FundingStream(standard, standard.swedishName(), standard.kind(), standard.base(),
                (standard.ordinal() + 1) * 10);
    }

    UUID id() {
        return id;
    }

    int sortOrder() {
        return sortOrder;
    }

    FundingStreamSummary toSummary() {
        return new FundingStreamSummary(new FundingStreamId(id), Optional.ofNullable(standard), name, kind, base, sortOrder);
    }
}
