package se.klusterportalen.region;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.HttpClientErrorException;
import se.klusterportalen.security.Role;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.KeycloakTestAdmin;
import se.klusterportalen.testsupport.RealLogin;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** A platform administrator disables and enables a whole region (issue #17), against the real Keycloak. */
@IntegrationTest
class RegionSuspensionIntegrationTest {

    @Autowired RealLogin login;
    @Autowired RegionService regions;
    @Autowired KeycloakTestAdmin keycloak;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aDisabledRegionsUsersCannotSignInAndEnablingRestoresExactlyThoseWhoWereEnabled() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "t-" + suffix;
        String officer = "off-" + suffix;
        String politician = "pol-" + suffix;
        login.inOwnTransaction(ADMIN, () -> {
            regions.create(code, "Region " + suffix);
            regions.addUser(code, officer, "Olga", "Officer", officer + "@example.se", Role.PROGRAMME_OFFICER);
            regions.addUser(code, politician, "Pelle", "Politiker", politician + "@example.se", Role.POLITICIAN);
            regions.disableUser(code, politician);
        });
        String password = "Ett-langt-losenord-" + suffix;
        keycloak.choosePassword(officer, password);
        login.usePassword(officer, password);
        assertThat(login.accessToken(officer)).isNotBlank();

        login.inOwnTransaction(ADMIN, () -> regions.setRegionEnabled(code, false));

        assertThat(login.inOwnTransaction(ADMIN, () -> regions.isDisabled(code))).isTrue();
        login.usePassword(officer, password);
        assertThatThrownBy(() -> login.accessToken(officer)).isInstanceOf(HttpClientErrorException.class);
        assertThat(login.inOwnTransaction(ADMIN, () -> regions.users(code))).isEmpty();

        login.inOwnTransaction(ADMIN, () -> regions.setRegionEnabled(code, true));

        assertThat(login.inOwnTransaction(ADMIN, () -> regions.isDisabled(code))).isFalse();
        assertThat(login.accessToken(officer)).isNotBlank();
        // the politician was disabled on their own before: they stay disabled
        assertThat(login.inOwnTransaction(ADMIN, () -> regions.users(code))).extracting(RegionUser::username)
                .containsExactly(officer);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM region_suspension_aud WHERE code = ? AND changed_by = ?", Integer.class, code, ADMIN)).isEqualTo(2);
    }

    @Test
    void onlyPlatformAdministratorsDisableRegions() {
        login.inOwnTransaction(SKANE_OFFICER, () -> {
            assertThatThrownBy(() -> regions.setRegionEnabled("skane", false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> regions.isDisabled("skane")).isInstanceOf(AccessDeniedException.class);
        });
    }
}
