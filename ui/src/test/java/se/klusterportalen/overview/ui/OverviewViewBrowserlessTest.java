package se.klusterportalen.overview.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

@IntegrationTest
@ViewPackages(packages = "se.klusterportalen")
class OverviewViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired RealLogin login;

    @org.junit.jupiter.api.BeforeEach
    void swedish() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(se.klusterportalen.base.ui.MessagesI18NProvider.SWEDISH);
    }

    @AfterEach
    void signOut() {
        login.logout();
    }

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
