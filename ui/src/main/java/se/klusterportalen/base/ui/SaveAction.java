package se.klusterportalen.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;

/**
 * The one way a button that saves, creates or confirms runs its action: the browser disables the button at the
 * first click (so a double click sends one request), and the server enables it again once the action has run,
 * whether it succeeded or was refused. Services creating records are idempotent besides (a form's id), because a
 * request can still be repeated.
 */
public final class SaveAction {

    private SaveAction() {
    }

    public static Registration on(Button button, Runnable action) {
        button.setDisableOnClick(true);
        return button.addClickListener(click -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
    }
}
