package se.klusterportalen.region;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

@IntegrationTest
class RegionServiceIntegrationTest {

    @Autowired RealLogin login;
    @Autowired RegionService regions;

    @AfterEach
    void signOut() {
        login.logout();
    }

    @Test
    void platformAdminCreatesARegion() {
        login.as(ADMIN);
        regions.create("vasternorrland", "Region Västernorrland");

        assertThat(regions.all()).extracting(RegionSummary::code).contains("skane", "norra-mellansverige", "vasternorrland");
    }

    @Test
    void badCodesAndDuplicatesAreRefused() {
        login.as(ADMIN);

        assertThatThrownBy(() -> regions.create("Region Gotland", "Gotland")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> regions.create("skane", "Skåne again")).hasMessageContaining("exists");
        assertThatThrownBy(() -> regions.create("gotland", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProgrammeOfficerCannotCreateRegions() {
        login.as(SKANE_OFFICER);

        assertThatThrownBy(() -> regions.create("halland", "Region Halland")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(regions::all).isInstanceOf(AccessDeniedException.class);
    }
}
