/** The overview page. */
@NullMarked
package se.klusterportalen.overview.ui;

import org.jspecify.annotations.NullMarked;
