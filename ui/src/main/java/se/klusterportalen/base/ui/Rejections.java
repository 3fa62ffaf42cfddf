package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.rejection.Rejection;

import java.util.ArrayList;
import java.util.Map;

/**
 * Shows the core's {@link Rejection}s to the user, translated: field errors at their fields (the rest in a
 * notification), {@code Stale} as an explanation with a button that reloads the page, {@code NotFound} and
 * {@code Forbidden} as an error notification. The session's error handler ({@link RejectionErrorHandler}) calls
 * {@link #show} for every rejection no view caught, so a view catches a rejection only to do something specific,
 * such as putting {@code Invalid}'s errors at its fields with {@link #showAt}.
 * <p>
 * Notifications carry the id {@value #NOTIFICATION_ID}; the reload button {@value #RELOAD_ID}.
 */
public final class Rejections {

    public static final String NOTIFICATION_ID = "rejection";
    public static final String RELOAD_ID = "rejection-reload";
    static final String UNEXPECTED = "rejection.unexpected";
    static final String DATABASE_UNAVAILABLE = "rejection.database-unavailable";
    private static final int SHOWN_MILLIS = 8000;

    private Rejections() {
    }

    /** Shows a rejection in the current UI (for {@code Invalid}, all its errors in one notification). */
    public static void show(Rejection rejection) {
        switch (rejection) {
            case Rejection.Stale stale -> offerReload(translate(stale));
            case Rejection.Invalid invalid -> notify(String.join(" ", invalid.errors().stream()
                    .map(Rejections::translate).toList()));
            case Rejection.NotFound notFound -> notify(translate(notFound));
            case Rejection.Forbidden forbidden -> notify(translate(forbidden));
        }
    }

    /** Method security refused a call: the same text as a {@code Forbidden} rejection. */
    static void show(AccessDeniedException denied) {
        show(new Rejection.Forbidden());
    }

    /** Something no one expected: a generic message, never the exception's text. */
    static void showUnexpected() {
        notify(translate(UNEXPECTED));
    }

    /** PostgreSQL cannot be reached (restarting, network): nothing saved, the form keeps what was typed. */
    static void showDatabaseUnavailable() {
        notify(translate(DATABASE_UNAVAILABLE));
    }

    /**
     * Puts each field error at its field (field name → component, the names the service's {@code Invalid} uses) and
     * lists them all in the form's {@link ErrorSummary} at its top, each linked to its field, with the focus on the
     * first; errors of fields not on screen are listed without a link (in a notification when the fields are in no
     * form). Clears the fields' previous errors first.
     */
    public static void showAt(Rejection.Invalid invalid, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        var entries = new ArrayList<ErrorSummary.Entry>();
        // in the form's order when the map keeps one (the fields as they stand on screen), else the service's
        var order = new ArrayList<>(fields.keySet());
        var errors = new ArrayList<>(invalid.errors());
        errors.sort(java.util.Comparator.comparingInt(error -> order.contains(error.field())
                ? order.indexOf(error.field()) : Integer.MAX_VALUE));
        for (var error : errors) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                entries.add(new ErrorSummary.Entry("", translate(error), null));
            } else if (!field.isInvalid()) {
                field.setErrorMessage(translate(error));
                field.setInvalid(true);
                entries.add(new ErrorSummary.Entry(ErrorSummary.labelOf(field), translate(error),
                        field instanceof Component component ? component : null));
            }
        }
        var summary = summaryOf(fields);
        if (summary.isPresent()) {
            summary.get().show(entries);
        } else {
            var elsewhere = entries.stream().filter(entry -> entry.field() == null).map(ErrorSummary.Entry::text)
                    .toList();
            if (!elsewhere.isEmpty()) {
                notify(String.join(" ", elsewhere));
            }
            entries.stream().map(ErrorSummary.Entry::field).filter(java.util.Objects::nonNull).findFirst()
                    .filter(com.vaadin.flow.component.Focusable.class::isInstance)
                    .ifPresent(field -> ((com.vaadin.flow.component.Focusable<?>) field).focus());
        }
    }

    /** Removes the error marks of the fields and hides their form's error summary. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        fields.values().stream().filter(Component.class::isInstance).map(Component.class::cast).findFirst()
                .ifPresent(field -> findSummary(field).ifPresent(ErrorSummary::clear));
    }

    private static java.util.Optional<ErrorSummary> summaryOf(Map<String, ? extends HasValidation> fields) {
        return fields.values().stream().filter(Component.class::isInstance).map(Component.class::cast)
                .filter(field -> field.getParent().isPresent()).findFirst().flatMap(ErrorSummary::of);
    }

    /** The form's summary if it has one already (never adds one). */
    private static java.util.Optional<ErrorSummary> findSummary(Component field) {
        java.util.Optional<Component> current = java.util.Optional.of(field);
        while (current.isPresent()) {
            var found = current.get().getChildren().filter(ErrorSummary.class::isInstance)
                    .map(ErrorSummary.class::cast).findFirst();
            if (found.isPresent()) {
                return found;
            }
            current = current.get().getParent();
        }
        return java.util.Optional.empty();
    }

    /** The translated text of a field error, e.g. for a view that shows it in its own place. */
    public static String translate(Rejection.FieldError error) {
        return translate(error.messageKey(), error.arguments().toArray());
    }

    /** The translated text of a rejection as a whole. */
    public static String translate(Rejection rejection) {
        return translate(rejection.messageKey(), rejection.arguments().toArray());
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private static void notify(String text) {
        var notification = Notification.show(text, SHOWN_MILLIS, Notification.Position.MIDDLE);
        notification.setId(NOTIFICATION_ID);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The explanation of a stale save, with a button that reloads the page (and closes the notification). */
    private static void offerReload(String explanation) {
        var notification = new Notification();
        notification.setId(NOTIFICATION_ID);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        var reload = new Button(translate("rejection.reload"), click -> {
            notification.close();
            UI.getCurrent().getPage().reload();
        });
        reload.setId(RELOAD_ID);
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button(translate("rejection.close"), click -> notification.close());
        var layout = new HorizontalLayout(new Span(explanation), reload, close);
        layout.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(layout);
        notification.open();
    }
}
