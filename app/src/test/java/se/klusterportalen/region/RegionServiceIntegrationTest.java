package se.klusterportalen.region;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.Role;
import se.klusterportalen.testsupport.SignedInAs;
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


    @Test
    @SignedInAs(ADMIN)
    void platformAdminCreatesARegion() {
        regions.create("vasternorrland", "Region Västernorrland");

        assertThat(regions.all()).extracting(RegionSummary::code).contains("skane", "norra-mellansverige", "vasternorrland");
    }

    @Test
    @SignedInAs(ADMIN)
    void badCodesAndDuplicatesAreRefused() {

        assertRefused(() -> regions.create("Region Gotland", "Gotland"), "code", "region.error.code");
        assertRefused(() -> regions.create("skane", "Skåne again"), "code", "region.error.code-taken");
        assertRefused(() -> regions.create("gotland", " "), "name", "region.error.name");
        assertThat(regions.all()).extracting(RegionSummary::code).doesNotContain("gotland");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
                                      String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Rejection.Invalid.class, e -> {
            assertThat(e.errors().getFirst().field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }

    @Test
    @SignedInAs(ADMIN)
    void platformAdminCreatesTheFirstPeopleOfANewRegion() {
        regions.create("jamtland", "Region Jämtland Härjedalen");
        assertThat(regions.users("jamtland")).isEmpty();

        NewAccount officer = regions.addUser("jamtland", " Jamtland.Handlaggare ", "Jonna", "Jämte",
                "jonna@example.se", Role.PROGRAMME_OFFICER);
        regions.addUser("jamtland", "jamtland.politiker", "Per", "Politiker", "per@example.se", Role.POLITICIAN);

        assertThat(officer.username()).isEqualTo("jamtland.handlaggare");
        assertThat(officer.temporaryPassword()).hasSize(16).doesNotContain("0", "O", "l", "1", "I");
        assertThat(regions.users("jamtland")).containsExactlyInAnyOrder(
                new RegionUser("jamtland.handlaggare", "Jonna Jämte", Role.PROGRAMME_OFFICER),
                new RegionUser("jamtland.politiker", "Per Politiker", Role.POLITICIAN));
        assertThat(regions.users("skane")).extracting(RegionUser::username)
                .contains("skane.handlaggare").doesNotContain("jamtland.handlaggare");

        assertRefused(() -> regions.disableUser("jamtland", "skane.handlaggare"), "username",
                "region.error.not-in-region");
        regions.disableUser("jamtland", "jamtland.politiker");
        assertThat(regions.users("jamtland")).extracting(RegionUser::username).containsExactly("jamtland.handlaggare");
        assertThat(regions.users("skane")).extracting(RegionUser::username).contains("skane.handlaggare");
    }

    @Test
    @SignedInAs(ADMIN)
    void badPeopleAreRefusedWithTheirFieldAndNothingIsCreated() {
        regions.create("blekinge", "Region Blekinge");

        assertRefused(() -> regions.addUser("blekinge", "skane.handlaggare", "Sara", "Igen", "sara2@example.se",
                Role.PROGRAMME_OFFICER), "username", "region.error.username-taken");
        assertRefused(() -> regions.addUser("blekinge", "med mellanslag", "A", "B", "a@example.se",
                Role.POLITICIAN), "username", "region.error.username");
        assertRefused(() -> regions.addUser("blekinge", "blekinge.ny", " ", "B", "a@example.se",
                Role.POLITICIAN), "firstName", "region.error.person-name");
        assertRefused(() -> regions.addUser("blekinge", "blekinge.ny", "A", "B", "inte-en-adress",
                Role.POLITICIAN), "email", "region.error.email");
        assertRefused(() -> regions.addUser("blekinge", "blekinge.ny", "A", "B", "a@example.se",
                Role.PLATFORM_ADMIN), "role", "region.error.role");
        assertRefused(() -> regions.addUser("finns-inte", "blekinge.ny", "A", "B", "a@example.se",
                Role.POLITICIAN), "code", "region.error.unknown");
        assertThat(regions.users("blekinge")).isEmpty();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aProgrammeOfficerCannotCreateRegions() {

        assertThatThrownBy(() -> regions.create("halland", "Region Halland")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(regions::all).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regions.addUser("skane", "skane.ny", "A", "B", "a@example.se", Role.POLITICIAN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regions.users("skane")).isInstanceOf(AccessDeniedException.class);
    }
}
