package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

class ClusterListViewBrowserlessTest extends SignedInBrowserlessTest {

    @Test
    void officerSeesTheTenSkaneClustersSortedByName() {
        login.as(SKANE_OFFICER);
        var view = navigate(ClusterListView.class);
        var grid = test(view.grid);

        assertThat(grid.size()).isEqualTo(10);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Besöksnäringsklustret Skåne");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Under uppbyggnad");
        assertThat(view.count.getText()).isEqualTo("10 kluster");
    }

    @Test
    void theTextFilterMatchesNameSectorAndCounty() {
        login.as(NMS_POLITICIAN);
        var view = navigate(ClusterListView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(16);

        test(view.filter).setValue("turism");
        assertThat(grid.size()).isEqualTo(2);
        assertThat(view.count.getText()).isEqualTo("2 kluster");

        test(view.filter).setValue("värmlands län");
        assertThat(grid.size()).isEqualTo(4);

        test(view.filter).setValue("");
        assertThat(grid.size()).isEqualTo(16);
    }

    @Test
    void theListIsReadOnly() {
        login.as(NMS_POLITICIAN);
        var view = navigate(ClusterListView.class);

        assertThat($(Button.class, view).all()).isEmpty();
    }
}
