package se.klusterportalen.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.base.ui.MessagesI18NProvider;

/**
 * A view test without a browser, against the real services, in the test's thread and so in the test's transaction,
 * rolled back at its end: name the user with {@link SignedInAs} (signed in with a real Keycloak token before the
 * transaction opens), build the data with the features' fixtures, then {@code navigate(View.class)}. Another user
 * of the same region: {@code login.as(DemoUsers.X)}. The session speaks Swedish, as a new one does. See
 * docs/adr/0008-test-data.md.
 */
@IntegrationTest
@Transactional
@ViewPackages(packages = "se.klusterportalen")
public abstract class SignedInBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    protected RealLogin login;

    /**
     * The session and its UI are made as for a visitor who has not signed in yet (so the start page and the main
     * layout are built only when the test navigates, in Swedish); then the test's user is signed in again.
     */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        var user = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        super.initVaadinEnvironment();
        VaadinSession.getCurrent().setLocale(MessagesI18NProvider.SWEDISH);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
    }
}
