package se.klusterportalen.programme;

import se.klusterportalen.audit.Change;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;
import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** One milestone of a programme or a cluster. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Goals and milestones")
class MilestoneApiController {

    private final ProgrammeService programmes;

    MilestoneApiController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @Operation(summary = "One milestone", description = "ETag and If-None-Match are supported. `daysOverdue` is "
            + "counted today (0 unless the due date has passed and it is neither done nor cancelled).")
    @GetMapping("/api/v1/milestones/{id}")
    MilestoneDetailJson milestone(@PathVariable String id) {
        return MilestoneDetailJson.of(programmes.milestone(MilestoneId.parse(id)));
    }

    @Operation(summary = "A milestone's audit history", description = "Who (username and name), region, when (UTC) and what changed (old → new per field, as text); newest first.")
    @GetMapping("/api/v1/milestones/{id}/history")
    PageResponse<Change> history(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(programmes.milestoneHistory(MilestoneId.parse(id)));
    }

    /**
     * @param programmeId the programme it belongs to; null for a cluster's own milestone
     * @param clusterId   the cluster it concerns; null for the programme as a whole
     * @param due         as planned: a quarter ("2017 Q2") or a date
     * @param dueDate     the due date (a quarter's last day)
     * @param doneOn      when it was done; null until then
     * @param version     the milestone's version (optimistic locking)
     */
    @Schema(name = "MilestoneDetail")
    record MilestoneDetailJson(String id, @Nullable String programmeId, @Nullable String clusterId, String title,
                               @Schema(example = "2017 Q2") String due, LocalDate dueDate, String responsible,
                               MilestoneStatus status,
                               @Nullable LocalDate doneOn, long daysOverdue, @Nullable String comment, long version) {
        static MilestoneDetailJson of(MilestoneRecord m) {
            return new MilestoneDetailJson(m.id().toString(), m.programme().map(Object::toString).orElse(null),
                    m.cluster().map(Object::toString).orElse(null), m.title(), m.dueText(), m.dueDate(),
                    m.responsible(), m.status(), m.doneOn().orElse(null), m.daysOverdue(), m.comment(),
                    m.version());
        }
    }
}
