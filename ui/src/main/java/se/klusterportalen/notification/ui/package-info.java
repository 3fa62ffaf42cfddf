/** The notifications bell in the header and the list of the user's notifications. */
@NullMarked
package se.klusterportalen.notification.ui;

import org.jspecify.annotations.NullMarked;
