/** The runnable portal: the Vaadin application. */
@NullMarked
package se.klusterportalen;

import org.jspecify.annotations.NullMarked;
