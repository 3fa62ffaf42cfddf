package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The errors of a form after "Spara" (or "Skicka in"), at the top of the form where they cannot be missed: a heading
 * with their number and one line per error, each a link that moves the focus to its field (errors of no field on
 * screen are listed without a link). Showing it moves the focus to the first field with an error. Announced to screen
 * readers ({@code role="alert"}). One per form: {@link #of(Component)} finds the form's summary or puts one at its
 * top (the first child of the dialog or of the routed view the field is in). Id {@value #ID}; the links
 * {@value #ID}-link-N.
 */
public final class ErrorSummary extends Div {

    public static final String ID = "error-summary";

    /**
     * One error: its text and the field it belongs to ({@code null} when no field on screen shows it).
     *
     * @param label the field's label, or an item name ("K1.3"), shown before the message; may be empty
     */
    public record Entry(String label, String message, @Nullable Component field) {

        public String text() {
            return label.isBlank() ? message : label + ": " + message;
        }
    }

    private final H2 heading = new H2();
    private final UnorderedList list = new UnorderedList();
    private final List<Entry> entries = new ArrayList<>();

    public ErrorSummary() {
        setId(ID);
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        heading.addClassName("error-summary-heading");
        add(heading, list);
        setVisible(false);
    }

    /** The summary of the form {@code field} is in, put at the form's top if it has none yet; empty outside a form. */
    public static Optional<ErrorSummary> of(Component field) {
        return formOf(field).map(form -> form.getChildren().filter(ErrorSummary.class::isInstance)
                .map(ErrorSummary.class::cast).findFirst().orElseGet(() -> {
                    var summary = new ErrorSummary();
                    ((HasComponents) form).addComponentAsFirst(summary);
                    return summary;
                }));
    }

    /** The dialog or routed view around the component (the form's outermost container on screen). */
    private static Optional<Component> formOf(Component component) {
        Optional<Component> current = Optional.of(component);
        while (current.isPresent()) {
            Component c = current.get();
            if ((c instanceof Dialog || c.getClass().isAnnotationPresent(Route.class)) && c instanceof HasComponents) {
                return current;
            }
            current = c.getParent();
        }
        return Optional.empty();
    }

    /** Lists the errors (replacing earlier ones), shows the summary and focuses the first error's field. */
    public void show(List<Entry> errors) {
        entries.clear();
        entries.addAll(errors);
        list.removeAll();
        heading.setText(getTranslation("form.errors.heading", errors.size()));
        int index = 0;
        for (Entry entry : errors) {
            var item = new ListItem();
            if (entry.field() != null) {
                Component field = entry.field();
                var link = new Button(entry.text(), click -> focus(field));
                link.setId(ID + "-link-" + index);
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                link.addClassName("error-summary-link");
                item.add(link);
            } else {
                item.add(new Span(entry.text()));
            }
            list.add(item);
            index++;
        }
        setVisible(!errors.isEmpty());
        errors.stream().map(Entry::field).filter(field -> field != null).findFirst().ifPresent(ErrorSummary::focus);
    }

    /** Hides the summary (after a save that succeeded, or when the errors are gone). */
    public void clear() {
        entries.clear();
        list.removeAll();
        setVisible(false);
    }

    /** The listed texts, in order (for tests and for the views that word their own notification). */
    public List<String> texts() {
        return entries.stream().map(Entry::text).toList();
    }

    /** The error entries, in order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    private static void focus(Component field) {
        field.scrollIntoView();
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** The label a field shows, or "" when it has none. */
    static String labelOf(Object field) {
        if (field instanceof HasLabel labelled && labelled.getLabel() != null) {
            return labelled.getLabel();
        }
        if (field instanceof Component component) {
            return component.getElement().getAttribute("aria-label") == null ? ""
                    : component.getElement().getAttribute("aria-label");
        }
        return "";
    }
}
