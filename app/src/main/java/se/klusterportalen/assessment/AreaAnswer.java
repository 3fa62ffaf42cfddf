package se.klusterportalen.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.Objects;
import java.util.UUID;

/** A horizontal area's level with the analysis and the concrete activities it rests on. */
@Entity
@Table(name = "assessment_horizontal_answer")
@Audited
class AreaAnswer extends RegionOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Column(name = "area_code", nullable = false, updatable = false)
    private String areaCode;

    private @Nullable Integer level;

    private @Nullable String analysis;

    private @Nullable String activities;

    @Column(name = "level_before_review")
    private @Nullable Integer levelBeforeReview;

    @Column(name = "review_comment")
    private @Nullable String reviewComment;

    protected AreaAnswer() {
    }

    AreaAnswer(Assessment assessment, String areaCode) {
        this.id = UUID.randomUUID();
        this.assessment = assessment;
        this.areaCode = areaCode;
    }

    boolean differsFrom(AreaInput input) {
        return !Objects.equals(level, input.level()) || !Objects.equals(analysis, input.analysis())
                || !Objects.equals(activities, input.activities());
    }

    void answer(AreaInput input) {
        this.level = input.level();
        this.analysis = input.analysis();
        this.activities = input.activities();
    }

    void changeInReview(AreaInput input, String comment) {
        if (reviewComment == null) {
            levelBeforeReview = level;
        }
        answer(input);
        reviewComment = comment;
    }

    @Nullable Integer level() {
        return level;
    }

    AreaResponse toResponse() {
        return new AreaResponse(areaCode, level, analysis, activities, levelBeforeReview, reviewComment);
    }
}
