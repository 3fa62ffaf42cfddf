package se.klusterportalen.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.time.LocalDate;
import java.util.UUID;
import se.klusterportalen.rejection.Rejection;

/** A goal of a programme: a rule evaluated from data, or free text with a status the officer sets. */
@Entity
@Table(name = "programme_goal")
@Audited
class ProgrammeGoal extends RegionOwnedEntity {

    @Column(name = "programme_id", nullable = false, updatable = false)
    private UUID programmeId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GoalKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "label_level")
    private @Nullable LabelLevel labelLevel;

    private @Nullable Long threshold;

    @Column(name = "funding_year")
    private @Nullable Integer fundingYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "manual_status")
    private @Nullable GoalStatus manualStatus;

    @Column(name = "status_comment")
    private @Nullable String statusComment;

    protected ProgrammeGoal() {
    }

    ProgrammeGoal(UUID id, ProgrammeId programme, int position, GoalDefinition definition) {
        this.id = id;
        this.programmeId = programme.value();
        this.position = position;
        this.kind = definition.kind();
        define(definition);
        if (definition.kind() == GoalKind.MANUAL) {
            this.manualStatus = GoalStatus.NOT_ASSESSED;
        }
    }

    /**
     * Takes a validated definition (see {@code Goals.validate}); the kind of a goal never changes (refused with
     * {@code programme.goal.kind.fixed}): its status history would mean something else.
     */
    void define(GoalDefinition definition) {
        if (definition.kind() != kind) {
            throw new Rejection.Invalid("kind", "programme.goal.kind.fixed");
        }
        this.kind = definition.kind();
        this.title = definition.title();
        this.deadline = definition.deadline();
        this.labelLevel = definition.level();
        this.threshold = definition.threshold();
        this.fundingYear = definition.fundingYear();
    }

    /**
     * The officer's judgement of a free-text goal. Refused for a goal evaluated from data
     * ({@code programme.goal.status.rule}) and without a status an officer can give
     * ({@code programme.goal.status.required}: none, or "no data").
     */
    void judge(GoalStatus status, String comment) {
        if (kind.isRule()) {
            throw new Rejection.Invalid("status", "programme.goal.status.rule");
        }
        if (status == null || status == GoalStatus.NO_DATA) {
            throw new Rejection.Invalid("status", "programme.goal.status.required");
        }
        this.manualStatus = status;
        this.statusComment = comment;
    }

    GoalId id() {
        return new GoalId(id);
    }

    ProgrammeId programmeId() {
        return new ProgrammeId(programmeId);
    }

    GoalDefinition definition() {
        return new GoalDefinition(kind, title, deadline, labelLevel, threshold, fundingYear);
    }

    GoalStatus manualStatus() {
        return manualStatus == null ? GoalStatus.NOT_ASSESSED : manualStatus;
    }

    @Nullable String statusComment() {
        return statusComment;
    }

    int position() {
        return position;
    }

    long version() {
        return version;
    }
}
