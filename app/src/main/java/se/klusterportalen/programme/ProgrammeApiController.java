package se.klusterportalen.programme;


import se.klusterportalen.audit.Change;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;
import se.klusterportalen.text.Collation;

import java.util.Comparator;
import java.util.List;
import se.klusterportalen.rejection.Rejection;

/** Read access to the region's programmes, a programme's goals (evaluated today) and milestones. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Programmes")
@RequestMapping("/api/v1/programmes")
class ProgrammeApiController {

    private final ProgrammeService programmes;

    ProgrammeApiController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    /** The caller's region's programmes: by start year, then name (Swedish collation), then id. */
    @Operation(summary = "The region's programmes", description = "Order: start year, name (Swedish collation), id.")
    @GetMapping
    PageResponse<ProgrammeJson> list(@ParameterObject Paging paging) {
        paging.check();
        var page = programmes.page(paging.pageNumber(), paging.pageSize());
        return paging.ofPage(page.getContent().stream().map(ProgrammeJson::of).toList(), page.getTotalElements());
    }

    @Operation(summary = "One programme: period, version and the ids of the clusters it funds and follows")
    @GetMapping("/{id}")
    ProgrammeDetailJson programme(@PathVariable String id) {
        return programmes.find(parse(id)).map(ProgrammeDetailJson::of)
                .orElseThrow(() -> new Rejection.NotFound("programme.not-found"));
    }

    @Operation(summary = "A programme's goals with their status evaluated today",
            description = "Order: deadline, title (Swedish collation), id.")
    @GetMapping("/{id}/goals")
    PageResponse<GoalJson> goals(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(programmes.goals(parse(id)).stream()
                .sorted(Comparator.comparing((GoalEvaluation g) -> g.definition().deadline())
                        .thenComparing(Collation.swedish(g -> g.definition().title()))
                        .thenComparing(g -> g.id().toString()))
                .map(GoalJson::of).toList());
    }

    @Operation(summary = "A programme's milestones", description = "Order: due date, title (Swedish collation), id.")
    @GetMapping("/{id}/milestones")
    PageResponse<MilestoneJson> milestones(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(programmes.milestones(parse(id)).stream()
                .sorted(Comparator.comparing(MilestoneRecord::dueDate)
                        .thenComparing(Collation.swedish(MilestoneRecord::title))
                        .thenComparing(m -> m.id().toString()))
                .map(MilestoneJson::of).toList());
    }

    @Operation(summary = "A programme's audit history: the programme, its goals and its milestones",
            description = "Who (username and name), region, when (UTC) and what changed (old → new per field, as text); newest first."
                    + " `subject` is PROGRAMME, GOAL or MILESTONE; `subjectLabel` the goal's or milestone's title.")
    @GetMapping("/{id}/history")
    PageResponse<Change> history(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(programmes.history(parse(id)));
    }

    /** A malformed id is the same NotFound as an unknown one. */
    private static ProgrammeId parse(String id) {
        return ProgrammeId.parse(id);
    }

    /** @param clusterIds the clusters the programme funds and follows, sorted */
    record ProgrammeDetailJson(String id, String name, int startYear, int endYear, long version,
                               List<String> clusterIds) {
        static ProgrammeDetailJson of(ProgrammeSummary programme) {
            return new ProgrammeDetailJson(programme.id().toString(), programme.name(), programme.startYear(),
                    programme.endYear(), programme.version(),
                    programme.clusters().stream().map(Object::toString).sorted().toList());
        }
    }

    /** @param period the years, e.g. "2017–2021" */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ProgrammeListItem")
    record ProgrammeJson(String id, String name, int startYear, int endYear, String period, int clusters) {
        static ProgrammeJson of(ProgrammeSummary programme) {
            return new ProgrammeJson(programme.id().toString(), programme.name(), programme.startYear(),
                    programme.endYear(), programme.startYear() + "\u2013" + programme.endYear(),
                    programme.clusters().size());
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ProgrammeGoal")
    record GoalJson(String id, String kind, String title, java.time.LocalDate deadline, String status,
                    java.time.LocalDate judgedOn,
                    Long value, Long target, String unit, List<String> clustersFallingShort, String comment) {
        static GoalJson of(GoalEvaluation goal) {
            var figure = goal.figure();
            return new GoalJson(goal.id().toString(), goal.definition().kind().name(), goal.definition().title(),
                    goal.definition().deadline(), goal.status().name(), goal.judgedOn(),
                    figure.map(GoalEvaluation.Figure::value).orElse(null),
                    figure.map(GoalEvaluation.Figure::target).orElse(null),
                    figure.map(f -> f.unit().name()).orElse(null),
                    goal.shortfalls().stream().map(Shortfall::clusterName).toList(), goal.comment());
        }
    }

    record MilestoneJson(String id, String title,
                         @io.swagger.v3.oas.annotations.media.Schema(description = "As planned: a quarter or a date",
                                 example = "2017 Q2") String due,
                         java.time.LocalDate dueDate, String responsible, String status,
                         java.time.@org.jspecify.annotations.Nullable LocalDate doneOn, long daysOverdue,
                         @org.jspecify.annotations.Nullable String clusterId) {
        static MilestoneJson of(MilestoneRecord milestone) {
            return new MilestoneJson(milestone.id().toString(), milestone.title(), milestone.dueText(),
                    milestone.dueDate(), milestone.responsible(), milestone.status().name(),
                    milestone.doneOn().orElse(null), milestone.daysOverdue(),
                    milestone.cluster().map(Object::toString).orElse(null));
        }
    }
}
