package se.klusterportalen.overview.ui;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

class OverviewViewBrowserlessTest extends SignedInBrowserlessTest {

    private String figure(String id) {
        return $(Div.class).id(id).getElement().getChild(0).getText();
    }

    @Test
    void skaneHasNineActiveClustersAndOneBeingSetUp() {
        login.as(SKANE_POLITICIAN);
        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("10");
        assertThat(figure("overview-active")).isEqualTo("9");
        assertThat(figure("overview-being-set-up")).isEqualTo("1");
        assertThat(figure("overview-closed")).isEqualTo("0");
    }

    @Test
    void norraMellansverigeCountsItsOwnSixteen() {
        login.as(NMS_OFFICER);
        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("16");
        assertThat(figure("overview-active")).isEqualTo("16");
    }
}
