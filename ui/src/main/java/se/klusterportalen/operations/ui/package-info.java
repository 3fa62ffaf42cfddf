/** Operations in the UI (#15): Vaadin's sessions, UIs, navigation and round trips as Micrometer metrics. */
@NullMarked
package se.klusterportalen.operations.ui;

import org.jspecify.annotations.NullMarked;
