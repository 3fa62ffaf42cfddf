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

/** Met or not met, with the evidence; what the cluster had answered if the officer changed it in review. */
@Entity
@Table(name = "assessment_criterion_answer")
@Audited
class CriterionAnswer extends RegionOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Column(name = "criterion_code", nullable = false, updatable = false)
    private String criterionCode;

    private @Nullable Boolean met;

    private @Nullable String evidence;

    private @Nullable String link;

    @Column(name = "met_before_review")
    private @Nullable Boolean metBeforeReview;

    @Column(name = "review_comment")
    private @Nullable String reviewComment;

    protected CriterionAnswer() {
    }

    CriterionAnswer(Assessment assessment, String criterionCode) {
        this.id = UUID.randomUUID();
        this.assessment = assessment;
        this.criterionCode = criterionCode;
    }

    boolean differsFrom(CriterionInput input) {
        return !Objects.equals(met, input.met()) || !Objects.equals(evidence, input.evidence())
                || !Objects.equals(link, input.link());
    }

    void answer(CriterionInput input) {
        this.met = input.met();
        this.evidence = input.evidence();
        this.link = input.link();
    }

    void changeInReview(CriterionInput input, String comment) {
        if (reviewComment == null) {
            metBeforeReview = met;
        }
        answer(input);
        reviewComment = comment;
    }

    boolean isMet() {
        return Boolean.TRUE.equals(met);
    }

    CriterionResponse toResponse() {
        return new CriterionResponse(criterionCode, met, evidence, link, metBeforeReview, reviewComment);
    }
}
