package se.klusterportalen.programme;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;

import java.time.Instant;
import java.util.Comparator;

/** The audit history of a programme goal's status: who judged it what, when. */
@RestController
class GoalHistoryApiController {

    private final ProgrammeService programmes;

    GoalHistoryApiController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @Operation(summary = "A goal's history: every saved status and comment, who and when (UTC), newest first")
    @GetMapping("/api/v1/goals/{id}/history")
    PageResponse<EntryJson> history(@PathVariable String id, @ParameterObject Paging paging) {
        paging.check();
        return paging.of(programmes.goalHistory(GoalId.parse(id)).stream()
                .sorted(Comparator.comparing(GoalHistoryEntry::changedAt).reversed())
                .map(e -> new EntryJson(e.changedAt(), e.username(), e.userDisplayName(), e.status().name(),
                        e.comment()))
                .toList());
    }

    /** @param user the username; {@code userName} the name to show */
    record EntryJson(Instant changedAt, String user, String userName, String status, String comment) {
    }
}
