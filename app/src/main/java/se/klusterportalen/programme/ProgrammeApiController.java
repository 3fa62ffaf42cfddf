package se.klusterportalen.programme;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;
import se.klusterportalen.rejection.Rejection;

/** Read access to the region's programmes, a programme's goals (evaluated today) and milestones. */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeApiController {

    private final ProgrammeService programmes;

    ProgrammeApiController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    /** The caller's region's programmes, by start year and name: id, name and period (first and last year). */
    @GetMapping
    List<ProgrammeJson> list() {
        return programmes.list().stream()
                .sorted(java.util.Comparator.comparingInt(ProgrammeSummary::startYear)
                        .thenComparing(ProgrammeSummary::name))
                .map(ProgrammeJson::of).toList();
    }

    @GetMapping("/{id}/goals")
    List<GoalJson> goals(@PathVariable String id) {
        return programmes.goals(parse(id)).stream().map(GoalJson::of).toList();
    }

    @GetMapping("/{id}/milestones")
    List<MilestoneJson> milestones(@PathVariable String id) {
        return programmes.milestones(parse(id)).stream().map(MilestoneJson::of).toList();
    }

    private static ProgrammeId parse(String id) {
        try {
            return new ProgrammeId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new Rejection.Invalid("id", "programme.invalid-id");
        }
    }

    /** @param period the years, e.g. "2017–2021" */
    record ProgrammeJson(String id, String name, int startYear, int endYear, String period, int clusters) {
        static ProgrammeJson of(ProgrammeSummary programme) {
            return new ProgrammeJson(programme.id().toString(), programme.name(), programme.startYear(),
                    programme.endYear(), programme.startYear() + "\u2013" + programme.endYear(),
                    programme.clusters().size());
        }
    }

    record GoalJson(String id, String kind, String title, String deadline, String status, String judgedOn,
                    Long value, Long target, String unit, List<String> clustersFallingShort, String comment) {
        static GoalJson of(GoalEvaluation goal) {
            var figure = goal.figure();
            return new GoalJson(goal.id().toString(), goal.definition().kind().name(), goal.definition().title(),
                    goal.definition().deadline().toString(), goal.status().name(), goal.judgedOn().toString(),
                    figure.map(GoalEvaluation.Figure::value).orElse(null),
                    figure.map(GoalEvaluation.Figure::target).orElse(null),
                    figure.map(f -> f.unit().name()).orElse(null),
                    goal.shortfalls().stream().map(Shortfall::clusterName).toList(), goal.comment());
        }
    }

    record MilestoneJson(String id, String title, String due, String dueDate, String responsible, String status,
                         String doneOn, long daysOverdue, String clusterId) {
        static MilestoneJson of(MilestoneRecord milestone) {
            return new MilestoneJson(milestone.id().toString(), milestone.title(), milestone.dueText(),
                    milestone.dueDate().toString(), milestone.responsible(), milestone.status().name(),
                    milestone.doneOn().map(Object::toString).orElse(null), milestone.daysOverdue(),
                    milestone.cluster().map(Object::toString).orElse(null));
        }
    }
}
