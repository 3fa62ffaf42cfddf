package se.klusterportalen.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakClaimsUnitTest {

    @Test
    void officerOfARegionGetsTheRegionalPermissions() {
        var user = KeycloakClaims.toUser(Map.of("preferred_username", "sara", "name", "Sara H",
                "roles", List.of("programme-officer", "offline_access"), "region", "skane"));

        assertThat(user.regionCode()).contains("skane");
        assertThat(user.roles()).containsExactly(Role.PROGRAMME_OFFICER);
        assertThat(user.can(Permission.CLUSTER_VIEW)).isTrue();
        assertThat(user.can(Permission.REGION_ADMIN)).isFalse();
        assertThat(user.displayName()).isEqualTo("Sara H");
    }

    @Test
    void aRegionalRoleWithoutRegionGrantsNothing() {
        var user = KeycloakClaims.toUser(Map.of("preferred_username", "ulla", "roles", List.of("programme-officer")));

        assertThat(user.permissions()).isEmpty();
        assertThat(user.lacksRegion()).isTrue();
        assertThat(KeycloakClaims.authorities(Map.of("roles", List.of("politician")))).isEmpty();
    }

    @Test
    void rolesAreAlsoReadFromKeycloaksDefaultRealmAccessClaim() {
        var user = KeycloakClaims.toUser(Map.of("preferred_username", "per",
                "realm_access", Map.of("roles", List.of("politician")), "region", "skane"));

        assertThat(user.roles()).containsExactly(Role.POLITICIAN);
        assertThat(KeycloakClaims.authorities(Map.of("roles", List.of("politician"), "region", "skane")))
                .extracting(Object::toString).contains("ROLE_" + Permission.CLUSTER_VIEW);
    }

    @Test
    void platformAdminNeedsNoRegion() {
        var user = KeycloakClaims.toUser(Map.of("preferred_username", "pia", "roles", List.of("platform-admin")));

        assertThat(user.lacksRegion()).isFalse();
        assertThat(user.can(Permission.REGION_ADMIN)).isTrue();
        assertThat(user.can(Permission.CLUSTER_VIEW)).isFalse();
    }
}
