package se.klusterportalen.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.UUID;

/** The region's budget (ram) of a stream in a year of a programme. */
@Entity
@Table(name = "funding_envelope")
@Audited
class FundingEnvelope extends RegionOwnedEntity {

    @Column(name = "programme_id", nullable = false, updatable = false)
    private UUID programmeId;

    @Column(name = "stream_id", nullable = false, updatable = false)
    private UUID streamId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private long amount;

    protected FundingEnvelope() {
    }

    FundingEnvelope(ProgrammeId programme, StreamYear cell, long amount) {
        this.id = UUID.randomUUID();
        this.programmeId = programme.value();
        this.streamId = cell.stream().value();
        this.year = cell.year();
        this.amount = amount;
    }

    StreamYear cell() {
        return new StreamYear(new FundingStreamId(streamId), year);
    }

    long amount() {
        return amount;
    }

    void setAmount(long amount) {
        this.amount = amount;
    }
}
