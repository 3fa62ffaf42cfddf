package se.klusterportalen.api;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.rejection.RejectionMessages;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aProgrammingErrorIsTheGeneric500WithoutItsMessage() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/clusters");
        request.addHeader("Accept-Language", "en");

        for (Exception error : List.of(new IllegalArgumentException("secret detail"),
                new NoSuchElementException("secret detail"))) {
            var answer = new ApiErrors().unexpected(error, request);
            var problem = answer.getBody();

            assertThat(answer.getStatusCode().value()).isEqualTo(500);
            assertThat(problem.getStatus()).isEqualTo(500);
            assertThat(problem.getDetail()).isEqualTo("Something went wrong. Nothing of what you did was saved; "
                    + "try again, or contact support if the error persists.").doesNotContain("secret");
            assertThat(problem.getProperties()).containsEntry("messageKey", "rejection.unexpected");
        }
        assertThat(ApiErrors.unexpected(RejectionMessages.SWEDISH).getDetail()).startsWith("Något gick fel.");
    }

    @Test
    void springMvcsOwnRefusalsKeepTheirStatusAndHeadersInTheClientsLanguage() throws Exception {
        var request = new MockHttpServletRequest("DELETE", "/api/v1/clusters");
        var notServed = new org.springframework.web.HttpRequestMethodNotSupportedException("DELETE",
                List.of("GET", "POST"));

        var answer = new ApiErrors().unexpected(notServed, request);

        assertThat(answer.getStatusCode().value()).isEqualTo(405);
        assertThat(answer.getHeaders().getAllow()).extracting(Object::toString).containsExactlyInAnyOrder("GET", "POST");
        assertThat(answer.getBody().getDetail()).isEqualTo("Anropet avvisades (405 Method Not Allowed).");
        assertThat(answer.getBody().getProperties()).containsEntry("messageKey", "rejection.request.refused-status");
    }

    @Test
    void securityExceptionsGoBackToSpringSecurity() {
        var request = new MockHttpServletRequest("GET", "/api/v1/clusters");
        var denied = new AccessDeniedException("no");

        assertThatThrownBy(() -> new ApiErrors().unexpected(denied, request)).isSameAs(denied);
    }

    @Test
    void aFundingConflictIsA409ThatSaysWhatHappenedInBothLanguages() {
        var conflict = new Rejection.Stale("funding.conflict.plan");

        var swedish = ApiErrors.problem(conflict, ApiErrors.language(null));
        var english = ApiErrors.problem(conflict, ApiErrors.language("en"));

        assertThat(swedish.getStatus()).isEqualTo(409);
        assertThat(swedish.getDetail()).isEqualTo("Någon annan har sparat klustrets finansieringsplan efter att du "
                + "öppnade den. Dina ändringar har inte sparats. Ladda om för att se den sparade planen.");
        assertThat(english.getDetail()).isEqualTo("Someone else saved this cluster's funding plan after you opened "
                + "it. Your changes have not been saved. Reload to see the saved plan.");
        assertThat(english.getProperties()).containsEntry("messageKey", "funding.conflict.plan");
    }
}
