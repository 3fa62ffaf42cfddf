/** Views of funding. */
@NullMarked
package se.klusterportalen.funding.ui;

import org.jspecify.annotations.NullMarked;
