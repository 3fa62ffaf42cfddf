package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Issue #14, finding 7 and the cross-region check: a malformed id (36 hyphens, other junk), an unknown id and
 * another region's id show the normal "not found" page in every route that takes an id, never an exception.
 */
class MalformedRouteIdsBrowserlessTest extends SignedInBrowserlessTest {

    private static final List<String> ROUTES_WITH_IDS = List.of(
            "clusters/%s", "clusters/%s/edit", "programmes/%s", "assessments/%s", "labels/gold/%s",
            "funding/programmes/%s", "funding/programmes/%s/import", "funding/programmes/%s/clusters/%s");

    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;

    @Test
    @SignedInAs(SKANE_OFFICER)
    void everyRouteWithAnIdShowsNotFoundForMalformedUnknownAndOtherRegionsIds() {
        String nmsCluster = login.inOwnTransaction(NMS_OFFICER, () -> clusters.list().getFirst().id().toString());
        String nmsProgramme = login.inOwnTransaction(NMS_OFFICER, () -> programmes.list().getFirst().id().toString());
        String hyphens = "-".repeat(36);
        List<String> failures = new java.util.ArrayList<>();
        for (String badId : List.of(hyphens, "1-1-1-1-1", "ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ",
                UUID.randomUUID().toString(), nmsCluster, nmsProgramme)) {
            for (String route : ROUTES_WITH_IDS) {
                String location = route.formatted(badId, badId);
                try {
                    navigate(location, Component.class);
                    if (!$(NotFoundView.class).exists()) {
                        failures.add(location + ": no not-found page");
                    } else {
                        assertThat($(NotFoundView.class).single().getElement().getTextRecursively()).as(location)
                                .contains("Sidan finns inte").doesNotContain("Exception");
                    }
                } catch (RuntimeException | AssertionError e) {
                    failures.add(location + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
