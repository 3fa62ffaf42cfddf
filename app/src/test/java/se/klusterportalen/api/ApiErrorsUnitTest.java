package se.klusterportalen.api;

import org.junit.jupiter.api.Test;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.rejection.RejectionMessages;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorsUnitTest {

    @Test
    void eachKindHasItsStatus() {
        assertThat(ApiErrors.problem(new Rejection.Invalid("x", Rejection.Stale.GENERIC), RejectionMessages.SWEDISH)
                .getStatus()).isEqualTo(400);
        assertThat(ApiErrors.problem(new Rejection.Stale(), RejectionMessages.SWEDISH).getStatus()).isEqualTo(409);
        assertThat(ApiErrors.problem(new Rejection.NotFound(), RejectionMessages.SWEDISH).getStatus()).isEqualTo(404);
        assertThat(ApiErrors.problem(new Rejection.Forbidden(), RejectionMessages.SWEDISH).getStatus()).isEqualTo(403);
    }

    @Test
    void detailIsASentenceAndTheKeyHasItsOwnProperty() {
        var problem = ApiErrors.problem(new Rejection.Stale(), RejectionMessages.ENGLISH);

        assertThat(problem.getDetail()).startsWith("Someone else saved the same data after you opened it.");
        assertThat(problem.getProperties()).containsEntry("messageKey", "rejection.stale");
    }

    @Test
    void fieldErrorsAreAList() {
        var problem = ApiErrors.problem(new Rejection.Invalid("year", Rejection.Forbidden.GENERIC),
                RejectionMessages.SWEDISH);

        assertThat(problem.getProperties()).containsEntry("errors", List.of(Map.of("field", "year",
                "messageKey", "rejection.forbidden", "detail", "Du får inte göra detta.")));
    }

    @Test
    void theLanguageIsSwedishUnlessEnglishIsPreferred() {
        assertThat(ApiErrors.language(null)).isEqualTo(RejectionMessages.SWEDISH);
        assertThat(ApiErrors.language("de-DE")).isEqualTo(RejectionMessages.SWEDISH);
        assertThat(ApiErrors.language("not a header;;")).isEqualTo(RejectionMessages.SWEDISH);
        assertThat(ApiErrors.language("en-GB,en;q=0.9,sv;q=0.5")).isEqualTo(RejectionMessages.ENGLISH);
        assertThat(ApiErrors.language("sv-SE,en;q=0.5")).isEqualTo(RejectionMessages.SWEDISH);
    }
}
