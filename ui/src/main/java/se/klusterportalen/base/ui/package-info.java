/** The shell views share: layout, error handling, messages, formats and extension points. */
@NullMarked
package se.klusterportalen.base.ui;

import org.jspecify.annotations.NullMarked;
