package se.klusterportalen.preference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class GridPreferenceIntegrationTest {

    @Autowired GridPreferenceService preferences;
    @Autowired RealLogin login;

    @Test
    void theChoiceIsRememberedForItsUserOnlyAndReplacedByTheNextOne() {
        assertThat(preferences.hiddenColumns("portfolio")).isEmpty();

        preferences.hideColumns("portfolio", Set.of("members", "sector"));
        assertThat(preferences.hiddenColumns("portfolio")).containsExactlyInAnyOrder("members", "sector");
        preferences.hideColumns("portfolio", Set.of("county"));
        assertThat(preferences.hiddenColumns("portfolio")).containsExactly("county");

        login.as(SKANE_POLITICIAN);
        assertThat(preferences.hiddenColumns("portfolio")).isEmpty();
    }

    @Test
    void aMalformedColumnKeyIsRefusedAndNothingIsSaved() {
        preferences.hideColumns("portfolio", Set.of("members"));

        assertThatThrownBy(() -> preferences.hideColumns("portfolio", Set.of("county", "x'); drop table y;--")))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        invalid -> assertThat(invalid.messageKey()).isEqualTo("preference.column.invalid"));
        assertThat(preferences.hiddenColumns("portfolio")).containsExactly("members");
    }
}
