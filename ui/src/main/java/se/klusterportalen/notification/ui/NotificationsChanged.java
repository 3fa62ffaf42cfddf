package se.klusterportalen.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user marked notifications read: the bell counts again. */
class NotificationsChanged extends ComponentEvent<UI> {

    NotificationsChanged(UI ui) {
        super(ui, false);
    }
}
