package se.klusterportalen.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * Something a feature shows in the header of every page, before the language selector (e.g. the notifications
 * bell). Implementations are Spring beans; {@link #render()} makes a new component for each page's layout.
 */
public interface HeaderItem {

    /** The component for the signed-in user, or empty when it has nothing for them (e.g. no region). */
    Optional<Component> render();
}
