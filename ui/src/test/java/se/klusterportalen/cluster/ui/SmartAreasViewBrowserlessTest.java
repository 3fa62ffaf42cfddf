package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.base.ui.AccessDeniedView;
import se.klusterportalen.cluster.AreaUse;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

class SmartAreasViewBrowserlessTest extends SignedInBrowserlessTest {

    private static final String PREFIX = "Vytest ";

    @Autowired ClusterService clusters;

    private int row(SmartAreasView view, String name) {
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 0).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The row's rename (0) or remove (1) button. */
    private Button action(SmartAreasView view, String name, int which) {
        var actions = test(view.grid).getCellComponent(row(view, name), 2);
        return (Button) actions.getChildren().toList().get(which);
    }

    private AreaUse use(String name) {
        return clusters.areaUse().stream().filter(u -> u.area().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theOfficerAddsAnAreaRenamesItAndRemovesIt() {
        var view = navigate(SmartAreasView.class);
        int before = clusters.areaUse().size();

        test(view.newArea).setValue(PREFIX + "Rymd");
        test(view.add).click();

        assertThat(view.count.getText()).isEqualTo((before + 1) + " områden");
        int added = row(view, PREFIX + "Rymd");
        assertThat(test(view.grid).getCellText(added, 1)).isEqualTo("Inga kluster");

        test(action(view, PREFIX + "Rymd", 0)).click();
        assertThat(view.renameDialog.isOpened()).isTrue();
        test(view.renameField).setValue(PREFIX + "Rymd och satelliter");
        test($(Button.class).id("area-rename-save")).click();

        assertThat(view.renameDialog.isOpened()).isFalse();
        assertThat(row(view, PREFIX + "Rymd och satelliter")).isNotNegative();
        test(action(view, PREFIX + "Rymd och satelliter", 1)).click();
        assertThat(row(view, PREFIX + "Rymd och satelliter")).isNegative();
        assertThat(clusters.areaUse()).hasSize(before);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aTakenNameIsExplainedAtTheFieldAndAnAreaInUseCannotBeRemoved() {
        var used = clusters.areaUse().stream().filter(AreaUse::inUse).findFirst().orElseThrow();
        var view = navigate(SmartAreasView.class);

        test(view.newArea).setValue(used.area().name().toUpperCase());
        test(view.add).click();

        assertThat(view.newArea.isInvalid()).isTrue();
        assertThat(view.newArea.getErrorMessage()).isEqualTo("Området finns redan");
        assertThat(test(view.grid).getCellText(row(view, used.area().name()), 1))
                .isEqualTo(String.join(", ", used.clusterNames()));
        assertThat(action(view, used.area().name(), 1).isEnabled()).isFalse();
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void aManagerCannotOpenTheList() {
        navigate("clusters/areas", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
