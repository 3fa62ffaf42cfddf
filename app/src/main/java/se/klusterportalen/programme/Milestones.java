package se.klusterportalen.programme;

import se.klusterportalen.text.PlainText;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.klusterportalen.rejection.Rejection;

/** Milestones: storage and validation. Permissions are checked by {@link ProgrammeService}. */
@Component
class Milestones {

    static final int MAX_TITLE = 500;
    static final int MAX_RESPONSIBLE = 200;
    static final int MAX_COMMENT = 2000;

    private final MilestoneRepository milestones;
    private final ProgrammeRepository programmes;
    private final ClusterService clusters;

    Milestones(MilestoneRepository milestones, ProgrammeRepository programmes, ClusterService clusters) {
        this.milestones = milestones;
        this.programmes = programmes;
        this.clusters = clusters;
    }

    List<MilestoneRecord> ofProgramme(ProgrammeId programme, LocalDate today) {
        return milestones.findByProgrammeIdOrderByDueDateAscTitleAsc(programme.value()).stream()
                .map(m -> m.toRecord(today)).toList();
    }

    List<MilestoneRecord> ofCluster(ClusterId cluster, LocalDate today) {
        return milestones.findByClusterIdOrderByDueDateAscTitleAsc(cluster.value()).stream()
                .map(m -> m.toRecord(today)).toList();
    }

    List<MilestoneRecord> overdue(LocalDate today) {
        return milestones.findByDueDateBeforeOrderByDueDateAscTitleAsc(today).stream()
                .map(m -> m.toRecord(today)).filter(MilestoneRecord::isOverdue).toList();
    }

    Milestone require(MilestoneId id) {
        return milestones.findById(id.value())
                .orElseThrow(() -> new Rejection.NotFound("programme.milestone.not-found"));
    }

    MilestoneRecord add(MilestoneInput input, LocalDate today) {
        return add(MilestoneId.random(), input, today);
    }

    /** Creates the milestone {@code id}; a repeated request with the same id returns the one already created. */
    MilestoneRecord add(MilestoneId id, MilestoneInput input, LocalDate today) {
        var existing = milestones.findById(id.value());
        if (existing.isPresent()) {
            return existing.get().toRecord(today);
        }
        var milestone = new Milestone(id.value());
        apply(milestone, input, today, true);
        return save(milestone).toRecord(today);
    }

    /** For the platform's own set-up, which has no signed-in user to look clusters up with. */
    MilestoneRecord addForSetUp(MilestoneInput input, LocalDate today) {
        var milestone = new Milestone(UUID.randomUUID());
        apply(milestone, input, today, false);
        return save(milestone).toRecord(today);
    }

    MilestoneRecord update(Milestone milestone, MilestoneInput input, long loadedVersion, LocalDate today) {
        Goals.requireVersion(milestone.version(), loadedVersion);
        apply(milestone, input, today, true);
        return save(milestone).toRecord(today);
    }

    MilestoneRecord updateStatus(Milestone milestone, MilestoneStatus status, LocalDate doneOn, String comment,
                                 long loadedVersion, LocalDate today) {
        String clean = Goals.clean(comment);
        if (clean != null && clean.length() > MAX_COMMENT) {
            throw new Rejection.Invalid("comment", "programme.comment.too-long");
        }
        Goals.requireVersion(milestone.version(), loadedVersion);
        milestone.updateStatus(status, doneOn, clean, today);
        return save(milestone).toRecord(today);
    }

    /** Whether the programme (or, without one, the cluster) has a milestone of that title. */
    boolean exists(ProgrammeId programme, ClusterId cluster, String title) {
        var existing = programme != null
                ? milestones.findByProgrammeIdOrderByDueDateAscTitleAsc(programme.value())
                : milestones.findByClusterIdOrderByDueDateAscTitleAsc(cluster.value());
        String key = PlainText.key(title);
        return existing.stream().anyMatch(m -> PlainText.key(m.title()).equals(key));
    }

    private void apply(Milestone milestone, MilestoneInput raw, LocalDate today, boolean verifyCluster) {
        if (raw.programme() == null && raw.cluster() == null) {
            throw new Rejection.Invalid("programme", "programme.milestone.owner.required");
        }
        if (raw.programme() != null && !programmes.existsById(raw.programme().value())) {
            throw new Rejection.NotFound("programme.not-found");
        }
        if (verifyCluster && raw.cluster() != null && clusters.find(raw.cluster()).isEmpty()) {
            throw new Rejection.NotFound("programme.milestone.cluster.not-found");
        }
        String title = PlainText.lineOrNull(raw.title());
        if (title == null) {
            throw new Rejection.Invalid("title", "programme.milestone.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new Rejection.Invalid("title", "programme.milestone.title.too-long");
        }
        Optional<Quarter> quarter = Optional.empty();
        String quarterText = PlainText.lineOrNull(PlainText.code(raw.dueQuarter()));
        if (quarterText != null) {
            quarter = Quarter.parse(quarterText);
            if (quarter.isEmpty()) {
                throw new Rejection.Invalid("dueQuarter", "programme.milestone.quarter.invalid");
            }
        }
        LocalDate due = quarter.map(Quarter::lastDay).orElse(raw.dueDate());
        if (due == null) {
            throw new Rejection.Invalid("dueDate", "programme.milestone.due.required");
        }
        String responsible = PlainText.lineOrNull(raw.responsible());
        if (responsible != null && responsible.length() > MAX_RESPONSIBLE) {
            throw new Rejection.Invalid("responsible", "programme.milestone.responsible.too-long");
        }
        String comment = Goals.clean(raw.comment());
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new Rejection.Invalid("comment", "programme.comment.too-long");
        }
        var clean = new MilestoneInput(raw.programme(), raw.cluster(), title, due, null, responsible, raw.status(),
                raw.doneOn(), comment);
        milestone.apply(clean, due, quarter, today);
    }

    private Milestone save(Milestone milestone) {
        try {
            return milestones.saveAndFlush(milestone);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new Rejection.Stale("programme.stale");
        }
    }
}
