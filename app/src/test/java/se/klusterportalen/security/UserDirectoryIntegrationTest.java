package se.klusterportalen.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory reads the real Keycloak realm through the portal's service-account client. */
@IntegrationTest
class UserDirectoryIntegrationTest {

    @Autowired UserDirectory directory;

    @Test
    void aRegionsClusterManagersAreListedWithTheirNamesAndNoOtherRegionsOnes() {
        assertThat(directory.usersWith("skane", Role.CLUSTER_MANAGER)).extracting(UserDirectory.DirectoryUser::username)
                .contains("skane.klusterledare").doesNotContain("nms.klusterledare", "skane.handlaggare");
        assertThat(directory.usersWith("norra-mellansverige", Role.CLUSTER_MANAGER))
                .contains(new UserDirectory.DirectoryUser("nms.klusterledare", "Nils Klusterledare"));
        assertThat(directory.usersWith("gotland", Role.CLUSTER_MANAGER)).isEmpty();
    }

    @Test
    void aUsernameIsShownAsTheUsersNameOrAsItselfWhenUnknown() {
        assertThat(directory.displayName("skane.handlaggare")).isEqualTo("Sara Handläggare");
        assertThat(directory.displayName("system")).isEqualTo("system");
        assertThat(directory.displayName("finns.inte")).isEqualTo("finns.inte");
    }
}
