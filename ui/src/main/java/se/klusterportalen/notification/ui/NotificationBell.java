package se.klusterportalen.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.base.ui.HeaderItem;
import se.klusterportalen.notification.NotificationService;
import se.klusterportalen.security.CurrentUser;

import java.util.Optional;

/**
 * The bell in the header: the user's unread notifications as a figure (none shown at 0), leading to the list. Only
 * for users of a region (notifications belong to a region). Counts again when the list marks something read.
 */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationBell(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> render() {
        if (currentUser.get().flatMap(user -> user.regionCode()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bell(notifications));
    }

    /** The link with the bell icon and the figure. */
    @StyleSheet("styles/notification.css")
    @Uses(Icon.class)
    static final class Bell extends RouterLink {

        private final NotificationService notifications;
        private @Nullable Registration changes;

        Bell(NotificationService notifications) {
            super("", NotificationsView.class);
            this.notifications = notifications;
            setId("notification-bell");
            addClassName("notification-bell");
            addAttachListener(attach -> {
                update();
                changes = ComponentUtil.addListener(attach.getUI(), NotificationsChanged.class, e -> update());
            });
            addDetachListener(detach -> {
                if (changes != null) {
                    changes.remove();
                }
            });
        }

        private static final String BELL = "<vaadin-icon icon=\"vaadin:bell\"></vaadin-icon>";

        void update() {
            long unread = notifications.unreadCount();
            // the icon and the figure are markup: one state node instead of three (issue #19, ADR 0096)
            getElement().setProperty("innerHTML", BELL + (unread == 0 ? ""
                    : "<span id=\"notification-count\" class=\"notification-count\">"
                    + (unread > 99 ? "99+" : String.valueOf(unread)) + "</span>"));
            String label = getTranslation("notifications.bell", unread);
            getElement().setAttribute("aria-label", label);
            getElement().setAttribute("title", label);
        }
    }
}
