package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.klusterportalen.cluster.ClusterValidationException;

import java.util.ArrayList;
import java.util.Map;

/** Shows the service's field errors next to their fields; errors of fields not on screen in a notification. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    static void show(ClusterValidationException e, Map<String, ? extends HasValidation> fields, Component view) {
        clear(fields);
        var elsewhere = new ArrayList<String>();
        e.errors().forEach((field, key) -> {
            HasValidation target = fields.get(field);
            if (target == null) {
                elsewhere.add(view.getTranslation(key));
            } else {
                target.setErrorMessage(view.getTranslation(key));
                target.setInvalid(true);
            }
        });
        if (!elsewhere.isEmpty()) {
            Notification.show(String.join(" ", elsewhere)).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
