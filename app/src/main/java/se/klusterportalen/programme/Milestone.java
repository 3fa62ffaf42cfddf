package se.klusterportalen.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** A planned step of a programme or of one cluster. */
@Entity
@Table(name = "milestone")
@Audited
class Milestone {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(name = "programme_id")
    private UUID programmeId;

    @Column(name = "cluster_id")
    private UUID clusterId;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "due_quarter")
    private String dueQuarter;

    private String responsible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneStatus status;

    @Column(name = "done_on")
    private LocalDate doneOn;

    private String comment;

    @Version
    private long version;

    protected Milestone() {
    }

    Milestone(UUID id) {
        this.id = id;
    }

    /** Takes validated input (see {@code Milestones.validate}). */
    void apply(MilestoneInput input, LocalDate due, Optional<Quarter> quarter) {
        this.programmeId = input.programme() == null ? null : input.programme().value();
        this.clusterId = input.cluster() == null ? null : input.cluster().value();
        this.title = input.title();
        this.dueDate = due;
        this.dueQuarter = quarter.map(Quarter::toString).orElse(null);
        this.responsible = input.responsible();
        this.status = input.status();
        this.doneOn = input.doneOn();
        this.comment = input.comment();
    }

    void updateStatus(MilestoneStatus status, LocalDate doneOn, String comment) {
        this.status = status;
        this.doneOn = doneOn;
        this.comment = comment;
    }

    Optional<ClusterId> cluster() {
        return Optional.ofNullable(clusterId).map(ClusterId::new);
    }

    String title() {
        return title;
    }

    long version() {
        return version;
    }

    MilestoneRecord toRecord(LocalDate today) {
        long overdue = !status.isClosed() && today.isAfter(dueDate) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
        return new MilestoneRecord(new MilestoneId(id), Optional.ofNullable(programmeId).map(ProgrammeId::new),
                cluster(), title, dueDate, Quarter.parse(dueQuarter), responsible, status,
                Optional.ofNullable(doneOn), comment, version, overdue);
    }
}
