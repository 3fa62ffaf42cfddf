package se.klusterportalen.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #14, finding 1: outside dev/test no secret has a default; the start names what is missing. */
class RequiredSettingsUnitTest {

    @Test
    void aProductionStartWithoutSecretsRefusesAndNamesEveryMissingVariable() {
        var env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/klusterportal")
                .withProperty("spring.datasource.password", "x")
                .withProperty("spring.flyway.password", "y")
                .withProperty("klusterportal.keycloak.issuer-uri", "https://id.example.se/realms/klusterportal")
                .withProperty("klusterportal.keycloak.client-secret", "z");

        assertThatThrownBy(() -> RequiredSettings.check(env))
                .isInstanceOf(RequiredSettings.MissingSettingsException.class)
                .hasMessageContaining("KLUSTERPORTAL_KEYCLOAK_DIRECTORY_CLIENT_SECRET, KLUSTERPORTAL_KEYCLOAK_ACCOUNTS_CLIENT_SECRET")
                .message().doesNotContain("SPRING_DATASOURCE_URL").doesNotContain("KLUSTERPORTAL_KEYCLOAK_CLIENT_SECRET,");
    }

    @Test
    void nothingConfiguredNamesAllSeven() {
        assertThatThrownBy(() -> RequiredSettings.check(new MockEnvironment()))
                .hasMessageContaining("SPRING_DATASOURCE_URL, SPRING_DATASOURCE_PASSWORD, SPRING_FLYWAY_PASSWORD, "
                        + "KLUSTERPORTAL_KEYCLOAK_ISSUER_URI, KLUSTERPORTAL_KEYCLOAK_CLIENT_SECRET, "
                        + "KLUSTERPORTAL_KEYCLOAK_DIRECTORY_CLIENT_SECRET, KLUSTERPORTAL_KEYCLOAK_ACCOUNTS_CLIENT_SECRET");
        assertThat(RequiredSettings.REQUIRED).hasSize(7);
    }

    @Test
    void allConfiguredStarts() {
        var env = new MockEnvironment();
        RequiredSettings.REQUIRED.keySet().forEach(property -> env.setProperty(property, "set"));

        assertThatCode(() -> RequiredSettings.check(env)).doesNotThrowAnyException();
    }

    @Test
    void devAndTestProfilesStartTheirOwnServicesAndNeedNothing() {
        var env = new MockEnvironment().withProperty("klusterportal.dev-services.enabled", "true");

        assertThatCode(() -> RequiredSettings.check(env)).doesNotThrowAnyException();
    }
}
