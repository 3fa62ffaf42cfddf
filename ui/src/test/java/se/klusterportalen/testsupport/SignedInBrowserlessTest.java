package se.klusterportalen.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.base.ui.MessagesI18NProvider;

/**
 * A view test without a browser, against the real services: sign in with {@code login.as(DemoUsers.X)} (a real
 * Keycloak token), then {@code navigate(View.class)}. The session speaks Swedish, as a new one does.
 */
@IntegrationTest
@ViewPackages(packages = "se.klusterportalen")
public abstract class SignedInBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    protected RealLogin login;

    @BeforeEach
    void swedish() {
        VaadinSession.getCurrent().setLocale(MessagesI18NProvider.SWEDISH);
    }

    @AfterEach
    void signOut() {
        login.logout();
    }
}
