package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/** What the session's error handler shows for each kind of rejection, and for an unexpected error. */
class RejectionsBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired
    RejectionErrorHandler handler;

    private Notification shown() {
        return $(Notification.class).id(Rejections.NOTIFICATION_ID);
    }

    private String text(Notification notification) {
        return notification.getChildren().findFirst().map(child -> child instanceof Span span ? span.getText()
                : child.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText())
                .findFirst().orElse("")).orElse(notification.getElement().getProperty("text", ""));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void everySessionHandlesErrorsThere() {
        navigate("", Component.class);

        assertThat(VaadinSession.getCurrent().getErrorHandler()).isSameAs(handler);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aStaleSaveIsExplainedWithAReloadOffer() {
        navigate("", Component.class);

        handler.error(new ErrorEvent(new RuntimeException("wrapped", new Rejection.Stale())));

        var notification = shown();
        assertThat(notification.isOpened()).isTrue();
        assertThat($(Span.class, notification).first().getText()).isEqualTo("Någon annan har sparat samma uppgifter"
                + " efter att du öppnade dem. Inget skrevs över; ladda om för att se de nya uppgifterna.");
        assertThat($(Button.class, notification).id(Rejections.RELOAD_ID).getText()).isEqualTo("Ladda om");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void notFoundAndForbiddenAreErrorNotificationsInTheUsersLanguage() {
        navigate("", Component.class);
        VaadinSession.getCurrent().setLocale(MessagesI18NProvider.ENGLISH);

        handler.error(new ErrorEvent(new Rejection.NotFound()));
        assertThat(text(shown())).isEqualTo("What you are looking for does not exist, or not in your region.");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void anUnreachableDatabaseIsExplainedNotShownAsAStackTrace() {
        navigate("", Component.class);
        // what Spring throws when Hikari cannot hand out a connection while PostgreSQL restarts
        var down = new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction", new java.sql.SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms."));

        handler.error(new ErrorEvent(new RuntimeException(down)));
        assertThat(text(shown())).isEqualTo("Databasen går inte att nå just nu. Inget av det du gjorde sparades,"
                + " men det du skrivit finns kvar i formuläret: försök spara igen om en stund.")
                .doesNotContain("Hikari").doesNotContain("Exception");
        shown().close();

        VaadinSession.getCurrent().setLocale(MessagesI18NProvider.ENGLISH);
        handler.error(new ErrorEvent(new org.springframework.dao.DataAccessResourceFailureException("broken pipe")));
        assertThat(text(shown())).startsWith("The database cannot be reached right now.");
        shown().close();

        handler.error(new ErrorEvent(new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
                new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01")))));
        assertThat(text(shown())).startsWith("The database cannot be reached right now.");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void methodSecurityRefusalIsShownAsNotAllowed() {
        navigate("", Component.class);

        handler.error(new ErrorEvent(new AccessDeniedException("Access Denied")));

        assertThat(text(shown())).isEqualTo("Du får inte göra detta.");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void anUnexpectedErrorShowsAGenericMessageNotTheException() {
        navigate("", Component.class);

        handler.error(new ErrorEvent(new IllegalStateException("secret internal detail")));

        assertThat(text(shown())).startsWith("Något gick fel. Inget av det du gjorde sparades")
                .doesNotContain("secret");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void fieldErrorsGoToTheirFieldsAndTheRestIntoANotification() {
        navigate("", Component.class);
        var name = new TextField();
        var year = new TextField();
        year.setInvalid(true);
        year.setErrorMessage("old");

        Rejections.showAt(new Rejection.Invalid(List.of(
                new Rejection.FieldError("name", Rejection.Forbidden.GENERIC),
                new Rejection.FieldError("elsewhere", Rejection.NotFound.GENERIC))), Map.of("name", name, "year", year));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Du får inte göra detta.");
        assertThat(year.isInvalid()).isFalse();
        assertThat(text(shown())).isEqualTo("Det du söker finns inte, eller inte i din region.");
    }
}
