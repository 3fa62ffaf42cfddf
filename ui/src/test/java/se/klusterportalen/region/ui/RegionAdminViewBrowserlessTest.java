package se.klusterportalen.region.ui;

import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import se.klusterportalen.base.ui.AccessDeniedView;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.ADMIN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

class RegionAdminViewBrowserlessTest extends SignedInBrowserlessTest {

    @Test
    @SignedInAs(ADMIN)
    void theAdminCreatesARegionAndItsFirstOfficerAndSeesThePasswordOnce() {
        var view = navigate(RegionAdminView.class);

        test(view.code).setValue("Region Halland");
        test(view.name).setValue("Region Halland");
        test(view.create).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage())
                .isEqualTo("Koden ska vara 2–40 tecken: små bokstäver, siffror och bindestreck.");

        test(view.code).setValue("halland");
        test(view.create).click();
        assertThat(view.people.isVisible()).isTrue();
        assertThat(view.peopleTitle.getText()).isEqualTo("Konton i Region Halland");
        assertThat(test(view.users).size()).isZero();

        test(view.username).setValue("halland.handlaggare");
        test(view.firstName).setValue("Hanna");
        test(view.lastName).setValue("Halländska");
        test(view.email).setValue("inte-en-adress");
        test(view.addUser).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Ange en giltig e-postadress.");

        test(view.email).setValue("hanna@example.se");
        test(view.addUser).click();

        assertThat(view.created.isOpened()).isTrue();
        assertThat(view.created.summary.getText()).isEqualTo("Programhandläggare i Region Halland.");
        assertThat(view.created.username.getText()).isEqualTo("halland.handlaggare");
        assertThat(view.created.password.getText()).hasSize(16);
        assertThat(test(view.users).size()).isEqualTo(1);
        assertThat(test(view.users).getCellText(0, 0)).isEqualTo("Hanna Halländska");
        assertThat(test(view.users).getCellText(0, 2)).isEqualTo("Programhandläggare");
        assertThat(view.username.getValue()).isEmpty();

        view.created.close();
        test((com.vaadin.flow.component.button.Button) test(view.users).getCellComponent(0, 3)).click();
        test($(com.vaadin.flow.component.button.Button.class).id("disable-confirm")).click();
        assertThat(test(view.users).size()).isZero();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aProgrammeOfficerCannotOpenTheRegions() {
        navigate("admin/regions", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @org.springframework.beans.factory.annotation.Autowired
    se.klusterportalen.comparison.ComparisonFixtures comparison;

    @Test
    @SignedInAs(ADMIN)
    void theAdminSeesWhichRegionsTakePartInTheComparison() {
        comparison.onlyTakingPart(se.klusterportalen.testsupport.DemoUsers.NMS);

        var view = navigate(RegionAdminView.class);

        var grid = test(view.grid);
        String nms = null;
        String skane = null;
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 0).equals(se.klusterportalen.testsupport.DemoUsers.NMS)) {
                nms = grid.getCellText(row, 2);
            }
            if (grid.getCellText(row, 0).equals(se.klusterportalen.testsupport.DemoUsers.SKANE)) {
                skane = grid.getCellText(row, 2);
            }
        }
        assertThat(nms).startsWith("deltar sedan 20").endsWith("(test)");
        assertThat(skane).isEqualTo("–");
    }
}
