package se.klusterportalen.programme;

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
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import se.klusterportalen.rejection.Rejection;

/** A planned step of a programme or of one cluster. */
@Entity
@Table(name = "milestone")
@Audited
class Milestone extends RegionOwnedEntity {

    @Column(name = "programme_id")
    private @Nullable UUID programmeId;

    @Column(name = "cluster_id")
    private @Nullable UUID clusterId;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "due_quarter")
    private @Nullable String dueQuarter;

    private @Nullable String responsible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneStatus status;

    @Column(name = "done_on")
    private @Nullable LocalDate doneOn;

    private @Nullable String comment;

    protected Milestone() {
    }

    Milestone(UUID id) {
        this.id = id;
    }

    /**
     * Takes cleaned input (see {@code Milestones.apply}: owner, title, due date and lengths); the status rules are
     * checked here as in {@link #updateStatus}.
     */
    void apply(MilestoneInput input, LocalDate due, Optional<Quarter> quarter, LocalDate today) {
        requireValidStatus(input.status(), input.doneOn(), today);
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

    /**
     * Moves the milestone to {@code status}. Refused ({@link Rejection.Invalid}) without a status, when done
     * has no done date or another status has one, and when the done date lies after {@code today}.
     */
    void updateStatus(MilestoneStatus status, LocalDate doneOn, String comment, LocalDate today) {
        requireValidStatus(status, doneOn, today);
        this.status = status;
        this.doneOn = doneOn;
        this.comment = comment;
    }

    private static void requireValidStatus(MilestoneStatus status, LocalDate doneOn, LocalDate today) {
        if (status == null) {
            throw new Rejection.Invalid("status", "programme.milestone.status.required");
        }
        if (status == MilestoneStatus.DONE && doneOn == null) {
            throw new Rejection.Invalid("doneOn", "programme.milestone.done-on.required");
        }
        if (status != MilestoneStatus.DONE && doneOn != null) {
            throw new Rejection.Invalid("doneOn", "programme.milestone.done-on.not-done");
        }
        if (doneOn != null && doneOn.isAfter(today)) {
            throw new Rejection.Invalid("doneOn", "programme.milestone.done-on.future");
        }
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
