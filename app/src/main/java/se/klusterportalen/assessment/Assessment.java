package se.klusterportalen.assessment;

import se.klusterportalen.rejection.Rejection;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** One cluster's self-assessment in a round, with the framework version it is made with. */
@Entity
@Table(name = "assessment")
@Audited
class Assessment extends RegionOwnedEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(name = "cluster_id", nullable = false, updatable = false)
    private UUID clusterId;

    @Column(name = "framework_version", nullable = false, updatable = false)
    private int frameworkVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentState state;

    @Column(nullable = false, updatable = false)
    private String letter;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "submitted_by")
    private @Nullable String submittedBy;

    @Column(name = "fixed_at")
    private @Nullable Instant fixedAt;

    @Column(name = "fixed_by")
    private @Nullable String fixedBy;

    @Column(name = "returned_at")
    private @Nullable Instant returnedAt;

    @Column(name = "returned_by")
    private @Nullable String returnedBy;

    @Column(name = "return_comment")
    private @Nullable String returnComment;

    /** The answers to the framework's criteria and horizontal areas, at most one per question. */
    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Answer> answers = new ArrayList<>();

    protected Assessment() {
    }

    Assessment(AssessmentRound round, UUID clusterId, String letter, Instant now, String actor) {
        this.id = UUID.randomUUID();
        this.roundId = round.id();
        this.clusterId = clusterId;
        this.frameworkVersion = round.frameworkVersion();
        this.letter = letter;
        this.state = AssessmentState.DRAFT;
        touch(now, actor);
    }

    /**
     * Starts this new draft from an earlier assessment's answers (those the framework still asks), each marked as
     * carried over from {@code fromRound}.
     */
    void startFrom(Collection<AnswerResponse> earlier, Set<String> askedCodes, String fromRound) {
        requireState(AssessmentState.DRAFT);
        earlier.stream().filter(answer -> answer.value() != null && askedCodes.contains(answer.code()))
                .forEach(answer -> answers.add(Answer.carriedOver(this, answer, fromRound)));
    }

    /** Every change passes here, so the version moves and a stale save of another user is refused. */
    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /**
     * Answers a criterion or a horizontal area of a draft; refused once the assessment is handed in (review changes
     * go through {@link #changeInReview}) or fixed.
     */
    void answer(AnswerInput input, Instant now, String actor) {
        requireState(AssessmentState.DRAFT);
        answerTo(input).answer(input);
        touch(now, actor);
    }

    /** The officer's change of a submitted answer, with the comment that says why; refused outside review. */
    void changeInReview(AnswerInput input, String comment, Instant now, String actor) {
        requireState(AssessmentState.SUBMITTED);
        requireComment(input.code(), comment);
        answerTo(input).changeInReview(input, comment);
        touch(now, actor);
    }

    boolean differs(AnswerInput input) {
        return existing(input.kind(), input.code()).map(answer -> answer.differsFrom(input)).orElse(!input.isEmpty());
    }

    private Answer answerTo(AnswerInput input) {
        return existing(input.kind(), input.code()).orElseGet(() -> {
            var answer = new Answer(this, input.kind(), input.code());
            answers.add(answer);
            return answer;
        });
    }

    private Optional<Answer> existing(AnswerKind kind, String code) {
        return answers.stream().filter(answer -> answer.answers(kind, code)).findFirst();
    }

    /**
     * Hands the draft in for review (draft → submitted). Any other state is refused with {@link Rejection.Invalid}
     * {@code assessment.error.not-draft} (or {@code assessment.error.fixed}); a draft with problems (what
     * {@code AssessmentService} found incomplete: item → message key) is refused with those problems, one field
     * error per item.
     */
    void submit(Map<String, String> incomplete, Instant now, String actor) {
        if (state != AssessmentState.DRAFT) {
            throw new Rejection.Invalid("assessment", "assessment.error.not-draft");
        }
        if (!incomplete.isEmpty()) {
            throw Rejection.Invalid.of(incomplete);
        }
        state = AssessmentState.SUBMITTED;
        submittedAt = now;
        submittedBy = actor;
        touch(now, actor);
    }

    /** Back to the cluster's manager as a draft, with the officer's reason; the answers stay. */
    void sendBack(String comment, Instant now, String actor) {
        requireState(AssessmentState.SUBMITTED);
        if (comment == null || comment.isBlank()) {
            throw new Rejection.Invalid("return", "assessment.error.return-comment-required");
        }
        state = AssessmentState.DRAFT;
        submittedAt = null;
        submittedBy = null;
        returnedAt = now;
        returnedBy = actor;
        returnComment = comment;
        touch(now, actor);
    }

    Optional<ReturnNote> returnNote(UnaryOperator<String> displayName) {
        return returnedAt == null ? Optional.empty()
                : Optional.of(new ReturnNote(returnedBy, displayName.apply(returnedBy), returnedAt, returnComment));
    }

    /** Accepts the reviewed answers (submitted → fixed); a fixed assessment changes no more. */
    void fix(Instant now, String actor) {
        requireState(AssessmentState.SUBMITTED);
        state = AssessmentState.FIXED;
        fixedAt = now;
        fixedBy = actor;
        touch(now, actor);
    }

    /**
     * Refuses a change the state does not allow: {@code assessment.error.fixed} once fixed,
     * {@code assessment.error.not-submitted} or {@code assessment.error.not-draft} otherwise.
     */
    private void requireState(AssessmentState wanted) {
        if (state == wanted) {
            return;
        }
        String key = state == AssessmentState.FIXED ? "assessment.error.fixed"
                : wanted == AssessmentState.SUBMITTED ? "assessment.error.not-submitted" : "assessment.error.not-draft";
        throw new Rejection.Invalid("assessment", key);
    }

    private static void requireComment(String item, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new Rejection.Invalid(item, "assessment.error.review-comment-required");
        }
    }

    /** How many questions have an answer (carried-over ones included). */
    int answerCount() {
        return answers.size();
    }

    Set<String> metCriteria() {
        return answers.stream().filter(Answer::isMet).map(a -> a.toResponse().code())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The answers of one kind by their question's code. */
    Map<String, AnswerResponse> responses(AnswerKind kind) {
        return answers.stream().filter(answer -> answer.kind() == kind).map(Answer::toResponse)
                .collect(Collectors.toUnmodifiableMap(AnswerResponse::code, r -> r));
    }

    UUID id() {
        return id;
    }

    UUID roundId() {
        return roundId;
    }

    UUID clusterId() {
        return clusterId;
    }

    int frameworkVersion() {
        return frameworkVersion;
    }

    AssessmentState state() {
        return state;
    }

    String letter() {
        return letter;
    }

    long version() {
        return version;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    @Nullable String submittedBy() {
        return submittedBy;
    }

    @Nullable Instant fixedAt() {
        return fixedAt;
    }

    @Nullable String fixedBy() {
        return fixedBy;
    }
}
