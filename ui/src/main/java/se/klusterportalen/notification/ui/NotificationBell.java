package se.klusterportalen.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
    static final class Bell extends RouterLink {

        private final NotificationService notifications;
        private final Span count = new Span();
        private @Nullable Registration changes;

        Bell(NotificationService notifications) {
            super("", NotificationsView.class);
            this.notifications = notifications;
            setId("notification-bell");
            addClassName("notification-bell");
            count.setId("notification-count");
            count.addClassName("notification-count");
            add(VaadinIcon.BELL.create(), count);
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

        void update() {
            long unread = notifications.unreadCount();
            count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
            String label = getTranslation("notifications.bell", unread);
            getElement().setAttribute("aria-label", label);
            getElement().setAttribute("title", label);
        }
    }
}
