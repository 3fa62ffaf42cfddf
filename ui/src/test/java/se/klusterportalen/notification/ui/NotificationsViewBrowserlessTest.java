package se.klusterportalen.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.notification.NotificationFixtures;
import se.klusterportalen.notification.NotificationService;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * The bell and the list as an officer uses them: the figure counts the unread notifications, the list shows the
 * newest first with a Swedish date and time and the sentence naming the cluster; marking one read and then all read
 * counts down to no figure. The notifications are raised through the notifier (committed, unique cluster names);
 * the officer's older ones are marked read in the test's transaction first.
 */
@SignedInAs(SKANE_OFFICER)
class NotificationsViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired NotificationFixtures fixtures;
    @Autowired NotificationService notifications;

    @Test
    void theBellCountsUnreadAndTheListShowsNewestFirstUntilAllAreRead() {
        notifications.markAllRead();
        String older = ClusterFixtures.unique("Äldre klustret");
        String newer = ClusterFixtures.unique("Nyare klustret");
        fixtures.assessmentSubmitted(SKANE_OFFICER, older, "2026", "assessments");
        fixtures.labelExpiring(SKANE_OFFICER, newer, LocalDate.of(2026, 12, 20), "clusters");

        navigate(NotificationsView.class);

        assertThat(count()).isEqualTo("2");
        assertThat($(NotificationBell.Bell.class).first().getElement().getAttribute("aria-label"))
                .isEqualTo("Aviseringar: 2 olästa");
        List<Div> items = items();
        assertThat(items).hasSize(2 + readBefore());
        assertThat(text(items.get(0))).contains("ECEI-märkningen Guld för " + newer + " löper ut 2026-12-20 (inom 30 dagar).")
                .startsWith("Ny").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(text(items.get(1))).contains(older + " har lämnat in självskattningen i omgången 2026.");
        assertThat(text($(Span.class).id("notifications-summary"))).isEqualTo("2 olästa");

        test($(Button.class, items.get(0)).all().stream().filter(b -> b.getText().equals("Markera som läst"))
                .findFirst().orElseThrow()).click();
        assertThat(count()).isEqualTo("1");
        assertThat(text(items().get(0))).doesNotStartWith("Ny");

        test($(Button.class).id("notifications-mark-all")).click();
        assertThat(bellElement("notification-count")).as("no figure at 0").isEmpty();
        assertThat($(NotificationBell.Bell.class).first().getElement().getAttribute("aria-label"))
                .isEqualTo("Aviseringar: 0 olästa");
        assertThat(notifications.unreadCount()).isZero();
        assertThat($(Button.class).id("notifications-mark-all").isEnabled()).isFalse();
    }

    @org.springframework.beans.factory.annotation.Autowired se.klusterportalen.base.ui.SharedMarkup sharedMarkup;

    /** The figure on the bell in the header (the bell's content is markup). */
    private String count() {
        return bellElement("notification-count").orElseThrow().getTextRecursively();
    }

    private java.util.Optional<com.vaadin.flow.dom.Element> bellElement(String id) {
        return new se.klusterportalen.testsupport.PageElements(sharedMarkup)
                .find($(NotificationBell.Bell.class).first().getElement(), id);
    }

    /** The officer's notifications beyond the two of this test (already read). */
    private int readBefore() {
        return notifications.mine().size() - 2;
    }

    private List<Div> items() {
        return $(Div.class).withClassName("notification-item").all();
    }

    static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
