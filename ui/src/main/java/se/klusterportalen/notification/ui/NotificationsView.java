package se.klusterportalen.notification.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.klusterportalen.notification.NotificationRecord;
import se.klusterportalen.notification.NotificationService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The user's notifications, newest first: what happened (in the user's language), when (Swedish date and time,
 * "2026-11-30 07:05"), a button that opens the record and marks it read, and marking one or all read.
 */
@Route("notifications")
@PermitAll
@StyleSheet("styles/notification.css")
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    private final NotificationService notifications;
    private final Span summary = new Span();
    private final Button markAll = new Button();
    private final Div list = new Div();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        setId("notifications-view");
        summary.setId("notifications-summary");
        markAll.setText(getTranslation("notifications.mark-all-read"));
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(click -> {
            notifications.markAllRead();
            changed();
        });
        var heading = new HorizontalLayout(summary, markAll);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        list.setId("notifications-list");
        list.addClassName("notification-list");
        add(new H2(getTranslation("notifications.title")), heading, list);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }

    private void show() {
        list.removeAll();
        var mine = notifications.mine();
        long unread = mine.stream().filter(NotificationRecord::unread).count();
        summary.setText(getTranslation("notifications.unread", unread));
        markAll.setEnabled(unread > 0);
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.empty")));
            return;
        }
        mine.forEach(notification -> list.add(item(notification)));
    }

    private Div item(NotificationRecord notification) {
        var text = new Span(notification.text(getLocale()));
        text.addClassName("notification-text");
        var when = new Span(WHEN.format(notification.createdAt()));
        when.addClassName("notification-when");
        var open = new Button(getTranslation("notifications.open"), click -> {
            notifications.markRead(notification.id());
            UI.getCurrent().navigate(notification.link());
        });
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.addClassName("notification-open");
        var actions = new HorizontalLayout(open);
        actions.setSpacing(true);
        if (notification.unread()) {
            var read = new Button(getTranslation("notifications.mark-read"), click -> {
                notifications.markRead(notification.id());
                changed();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.addClassName("notification-mark-read");
            actions.add(read);
        }
        var item = new Div(new Div(text, when), actions);
        item.addClassName("notification-item");
        if (notification.unread()) {
            item.addClassName("unread");
            var marker = new Span(getTranslation("notifications.unread-label"));
            marker.addClassName("notification-unread-marker");
            item.addComponentAsFirst(marker);
        }
        item.setId("notification-" + notification.id().value());
        return item;
    }

    private void changed() {
        show();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new NotificationsChanged(ui)));
    }
}
